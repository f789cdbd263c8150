"""French of the messages and figure labels of ``course_utils/neuron.py`` (notebook 03)."""

MESSAGES: dict[str, str] = {
    "w must hold a bias and at least one weight, got shape {shape}.":
        "w doit contenir un biais et au moins un poids\u202f; reçu\u202f: un tableau de forme {shape}.",
    "std must be > 0 for every input, got {value} for input {i} (a constant input cannot be standardised: drop it, "
    "or use the standard deviations of the training data).":
        "std doit être > 0 pour chaque entrée\u202f; reçu\u202f: {value} pour l'entrée {i} (une entrée constante ne "
        "peut pas être standardisée\u202f: retirez-la, ou prenez les écarts-types du jeu d'entraînement).",
    "{name} must hold one number per input, shape ({n},) for the {n} weights after the bias w0, got shape {shape}. "
    "Use the {name} of the same training columns, e.g. X_train.{name}(axis=0).":
        "{name} doit contenir un nombre par entrée, de forme ({n},) pour les {n} poids qui suivent le biais w0\u202f; "
        "reçu\u202f: la forme {shape}. Prenez le {name} des mêmes colonnes d'entraînement, par exemple "
        "X_train.{name}(axis=0).",
    "w must hold 3 numbers (w0, w1, w2): the bias, then the weights of the x-axis and y-axis inputs; got shape "
    "{shape}. A neuron with more inputs has no line in 2-D: keep w0 and the two plotted weights, e.g. w[[0, 1, 2]].":
        "w doit contenir 3 nombres (w0, w1, w2)\u202f: le biais, puis les poids des entrées en abscisse et en "
        "ordonnée\u202f; reçu\u202f: la forme {shape}. Un neurone à plus de deux entrées n'a pas de droite en "
        "2D\u202f: gardez w0 et les deux poids tracés, par exemple w[[0, 1, 2]].",
    "{name} must be a pair (low, high), e.g. (0, 10), got {received}.":
        "{name} doit être une paire (bas, haut), par exemple (0, 10)\u202f; reçu\u202f: {received}.",
    "{name} must be finite with low < high, got ({low}, {high}). Write the smaller limit first.":
        "{name} doit être fini avec bas < haut\u202f; reçu\u202f: ({low}, {high}). Écrivez d'abord la plus petite "
        "limite.",
    "sigmoid": "sigmoïde",
    "An artificial neuron": "Un neurone artificiel",
    "ax must be a matplotlib Axes (e.g. from plt.subplots()), got {received}.":
        "ax doit être un Axes matplotlib (par exemple venant de plt.subplots())\u202f; reçu\u202f: {received}.",
    "input_names must be a list of labels, got {received}.":
        "input_names doit être une liste d'étiquettes\u202f; reçu\u202f: {received}.",
    "input_names must hold 1 to 8 labels, got {n}.": "input_names doit contenir de 1 à 8 étiquettes\u202f; "
                                                     "reçu\u202f: {n}.",
    "{name} has an unmatched $ ({text}): Matplotlib reads the text between two $ as a formula. Close the formula "
    "with a second $, or write \\$ for a dollar sign.":
        "{name} contient un $ sans son second $ ({text})\u202f: Matplotlib lit le texte entre deux $ comme une "
        "formule. Fermez la formule avec un second $, ou écrivez \\$ pour un signe dollar.",
}
