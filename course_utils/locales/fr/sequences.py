"""French of the messages of ``course_utils/sequences.py``."""

MESSAGES: dict[str, str] = {
    " To split several sentences, call tokenize on each one.":
        " Pour découper plusieurs phrases, appelez tokenize sur chacune d'elles.",
    "text must be a string such as 'chest pain since 2 hours', got {received}.{hint}":
        "text doit être un texte (str) comme 'chest pain since 2 hours', reçu\u202f: {received}.{hint}",
    "{name} must be a list of words, got one string {text}. Use tokenize(text) first.":
        "{name} doit être une liste de mots, reçu un seul texte {text}. Découpez-le d'abord avec tokenize(text).",
    "{name} must be a list of strings (words), got {received}.":
        "{name} doit être une liste de textes (des mots), reçu\u202f: {received}.",
    " Its order would be lost: use a list.": " Son ordre serait perdu\u202f: donnez une liste.",
    "{name} must be a list of strings (words), got {received} at position {position}. Use tokenize(text) to split a "
    "sentence into words.":
        "{name} doit être une liste de textes (des mots), reçu {received} en position {position}. Découpez une "
        "phrase en mots avec tokenize(text).",
    "{name} is empty; it needs at least one word.": "{name} est vide\u202f; il faut au moins un mot.",
    "tokens hold word(s) {unknown} that are not in the vocabulary of {size} words. Build the vocabulary from all the "
    "sentences you want to encode.":
        "tokens contient des mots {unknown} absents du vocabulaire (qui compte {size} mot(s)). Construisez le "
        "vocabulaire à partir de toutes les phrases à encoder.",
    "one_hot({tokens} tokens, a vocabulary of {words} words)":
        "one_hot({tokens} mots, un vocabulaire de {words} mots)",
    "token": "mot",
    "Encode the text sentence by sentence, or keep the most frequent words only: a one-hot matrix has one column per "
    "vocabulary word.":
        "Encodez le texte phrase par phrase, ou ne gardez que les mots les plus fréquents\u202f: une matrice one-hot "
        "a une colonne par mot du vocabulaire.",
    "vocabulary must be a non-empty dict {example}, got {received}; build it with build_vocabulary(tokens).":
        "vocabulary doit être un dictionnaire non vide {example}, reçu\u202f: {received}\u202f; construisez-le avec "
        "build_vocabulary(tokens).",
    "vocabulary must map words (strings) to whole-number indices, got {word} -> {index}; build it with "
    "build_vocabulary(tokens).":
        "vocabulary doit associer à chaque mot (texte) un indice entier, reçu {word} -> {index}\u202f; "
        "construisez-le avec build_vocabulary(tokens).",
    "vocabulary indices must be 0 .. {last}, each used once, got {indices}; build it with build_vocabulary.":
        "les indices de vocabulary doivent aller de 0 à {last}, chacun une seule fois, reçu {indices}\u202f; "
        "construisez-le avec build_vocabulary.",
    "an array of numbers (samples), shape (n_samples,) or (n_signals, n_samples)":
        "un tableau de nombres (les échantillons), de forme (n_samples,) ou (n_signals, n_samples)",
    "signal must have shape (n_samples,) or (n_signals, n_samples), got shape {shape}.":
        "signal doit avoir la forme (n_samples,) ou (n_signals, n_samples), forme reçue\u202f: {shape}.",
    "sliding_windows(signal of shape {shape}, width={width}, step={step})":
        "sliding_windows(signal de forme {shape}, width={width}, step={step})",
    "window": "fenêtre",
    "Use a larger step (each window of {size} is a copy), or cut fewer or shorter signals at a time.":
        "Prenez un pas (step) plus grand (chaque fenêtre de {size} est une copie), ou découpez moins de signaux, ou "
        "des signaux plus courts, à la fois.",
}
