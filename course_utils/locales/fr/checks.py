"""French of the messages of ``course_utils/checks.py`` (the self-check lines the notebooks print)."""

MESSAGES: dict[str, str] = {
    "Not yet: {message}": "Pas encore\u202f: {message}",
    "Hint: {hint}": "Indice\u202f: {hint}",
    "✅ Correct! {message}": "✅ Vérifié\u202f: {message}",
    "your answer": "votre réponse",
    "your array": "votre tableau",
    "the condition": "la condition",
    "{name} has no value yet (it is {shown}). Fill in the exercise cell above and run it.":
        "{name} n'a pas encore de valeur (elle vaut {shown}). Complétez la cellule d'exercice au-dessus, puis "
        "exécutez-la.",
    "{name} should be a number or an array of numbers, got {received}.":
        "{name} devrait être un nombre ou un tableau de nombres\u202f; reçu\u202f: {received}.",
    " Remove the quotes.": " Enlevez les guillemets.",
    "{name} should be a number or an array of numbers, got {received} holding the number {data}: pass its `.data`.":
        "{name} devrait être un nombre ou un tableau de nombres\u202f; reçu\u202f: {received} contenant le nombre "
        "{data}\u202f: donnez son `.data`.",
    "{name} should be a number or an array of numbers, got {received} holding text (strings): numbers are written "
    "without quotes.":
        "{name} devrait être un nombre ou un tableau de nombres\u202f; reçu\u202f: {received} contenant du texte "
        "(des chaînes de caractères)\u202f: les nombres s'écrivent sans guillemets.",
    "{name} has shape {got}, expected shape {expected}.":
        "{name} a la forme {got}, alors que la forme attendue est {expected}.",
    " (the first at index {index})": " (la première à l'indice {index})",
    "{name} contains NaN or infinite values{where}: a division by zero, or a step that diverged?":
        "{name} contient des valeurs NaN ou infinies{where}\u202f: une division par zéro, ou un calcul qui a "
        "divergé\u202f?",
    "array of shape {shape}": "tableau de forme {shape}",
    "{name} = {got}, expected about {expected} (tolerance {tol}).":
        "{name} = {got}, alors que la valeur attendue est d'environ {expected} (tolérance {tol}).",
    "{name} differs from the expected values, e.g. at index {index}: got {got}, expected {expected}.":
        "{name} diffère des valeurs attendues, par exemple à l'indice {index}\u202f: {got} au lieu de {expected}.",
    " The same values as a column instead of a flat list (or the reverse): see .ravel() or .reshape.":
        " Les mêmes valeurs en colonne au lieu d'une liste à plat (ou l'inverse)\u202f: voyez .ravel() ou .reshape.",
    " Rows and columns are swapped: transpose it with .T.":
        " Les lignes et les colonnes sont inversées\u202f: transposez avec .T.",
    " They differ only by rounding: decimal numbers are compared with checks.close.":
        " Ils ne diffèrent que par un arrondi\u202f: les nombres décimaux se comparent avec checks.close.",
    "{name} = {got}, expected {expected}.": "{name} = {got}, alors que la valeur attendue est {expected}.",
    "has {n} items, expected {expected}.": "a {n} éléments, alors que {expected} sont attendus.",
    "differs at position {i}: got {got}, expected {expected}.":
        "diffère à la position {i}\u202f: {got} au lieu de {expected}.",
    "has keys {keys}, expected {expected}.": "a les clés {keys}, alors que les clés attendues sont {expected}.",
    "differs at key {key}: got {got}, expected {expected}.":
        "diffère à la clé {key}\u202f: {got} au lieu de {expected}.",
    "has shape {got}, expected shape {expected}.": "a la forme {got}, alors que la forme attendue est {expected}.",
    "differs from the expected values in {n} of {size} places, e.g. at index {where}: got {got}, expected "
    "{expected}.":
        "diffère des valeurs attendues à {n} endroits sur {size}, par exemple à l'indice {where}\u202f: {got} au "
        "lieu de {expected}.",
    "{name} should be an array of shape {expected}, but it is {received}, which has no shape (rows of different "
    "lengths, or not an array).":
        "{name} devrait être un tableau de forme {expected}, mais c'est {received}, sans forme définie (des lignes "
        "de longueurs différentes, ou pas un tableau).",
    "{name} has shape {shape}": "{name} a la forme {shape}",
    "{name} has shape {got}, expected {expected}.": "{name} a la forme {got}, alors que la forme attendue est "
                                                    "{expected}.",
    "expected must be a shape: a tuple of whole numbers such as (569, 30), got {received}.":
        "`expected` doit être une forme\u202f: un tuple de nombres entiers comme (569, 30)\u202f; reçu\u202f: "
        "{received}.",
    "low must be <= high, got low={low}, high={high}. Swap them.":
        "low doit être <= high\u202f; reçu\u202f: low={low}, high={high}. Inversez-les.",
    "{name} = {value} (expected between {low} and {high})": "{name} = {value} (attendu entre {low} et {high})",
    "{name} = {value}, expected a value between {low} and {high}.":
        "{name} = {value}, alors qu'une valeur entre {low} et {high} est attendue.",
    "{name} should be a single number, got {received}. Combine the values first (a mean, a sum, or one element).":
        "{name} devrait être un seul nombre\u202f; reçu\u202f: {received}. Combinez d'abord les valeurs (une "
        "moyenne, une somme ou un seul élément).",
    "{name} is NaN (not a number): a division by zero (0/0), or a value missing from the data?":
        "{name} vaut NaN (pas un nombre)\u202f: une division par zéro (0/0), ou une valeur manquante dans les "
        "données\u202f?",
    " Combine them into one: (...).all() if every one must hold, (...).any() if at least one must.":
        " Combinez-les en une seule\u202f: (...).all() si toutes doivent être vraies, (...).any() s'il suffit "
        "d'une seule.",
    " A text is not a comparison: remove the quotes.": " Un texte n'est pas une comparaison\u202f: enlevez les "
                                                        "guillemets.",
    "checks.true needs one yes/no value (a comparison such as `loss < 0.2`), got {received}.":
        "checks.true attend une seule valeur oui/non (une comparaison comme `loss < 0.2`)\u202f; reçu\u202f: "
        "{received}.",
    "{received}, one answer per entry": "{received}, une réponse par entrée",
    "this does not hold yet: {message}": "ce n'est pas encore vrai\u202f: {message}",
}
