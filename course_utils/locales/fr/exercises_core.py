"""French of the messages of ``course_utils/exercises/core.py`` (checks, hints and solutions of every exercise)."""

MESSAGES: dict[str, str] = {
    # what the answer should be (the checkers' default kinds)
    "one number": "un nombre",
    "a whole number": "un nombre entier",
    "an array of numbers": "un tableau de nombres",
    # kinds that several exercise modules use (one translation for all)
    "one number between 0 and 1": "un nombre entre 0 et 1",
    # what was received
    "nothing (None; does your function end with `return`?)":
        "rien (None\u202f; votre fonction se termine-t-elle par `return`\u202f?)",
    "the text {text} (a string: remove the quotes to give a number)":
        "le texte {text} (une chaîne de caractères\u202f: enlevez les guillemets pour donner un nombre)",
    # the checkers
    "`{name}` should be {kind}, but it is {received}.":
        "`{name}` doit être {kind}. Reçu\u202f: {received}.",
    "`{name}` should be {kind}, but it is {received}. If you computed one value per patient or per step, you still "
    "need to combine them (a mean, a sum, or one element).":
        "`{name}` doit être {kind}. Reçu\u202f: {received}. Si vous avez calculé une valeur par patient ou par étape, "
        "il reste à les combiner (une moyenne, une somme ou un seul élément).",
    "`{name}` is {value} (not a finite number): a division by zero or a step that diverged?":
        "`{name}` vaut {value} (ce n'est pas un nombre fini)\u202f: une division par zéro, ou un calcul qui a "
        "divergé\u202f?",
    "`{name}` should be {kind}, but it is {value}: a count has no decimals. Did you divide where you should "
    "multiply, or forget to round up?":
        "`{name}` doit être {kind}, or il vaut {value}\u202f: un effectif n'a pas de décimales. Avez-vous divisé au "
        "lieu de multiplier, ou oublié d'arrondir à l'entier supérieur\u202f?",
    "`{name}` should have shape {want}, but it has shape {got}: rows and columns are swapped (transpose it with "
    "`.T`).":
        "`{name}` doit avoir la forme {want}, mais sa forme est {got}\u202f: les lignes et les colonnes sont "
        "inversées (transposez-le avec `.T`).",
    "`{name}` should have shape {want}, but it has shape {got}: the right number of values, arranged differently "
    "(see `.reshape`).":
        "`{name}` doit avoir la forme {want}, mais sa forme est {got}\u202f: le bon nombre de valeurs, disposées "
        "autrement (voir `.reshape`).",
    "`{name}` should have shape {want}, but it has shape {got}.":
        "`{name}` doit avoir la forme {want}, mais sa forme est {got}.",
    "`{name}` contains NaN or infinite values: a division by zero or a step that diverged?":
        "`{name}` contient des valeurs NaN ou infinies\u202f: une division par zéro, ou un calcul qui a divergé\u202f?",
    "`{name}` should be {kind}, but it is {received}, which holds something other than numbers.":
        "`{name}` doit être {kind}. Reçu\u202f: {received}, qui contient autre chose que des nombres.",
    "`{name}` should be a function (defined with `def {name}(...):`), but it is {received}.":
        "`{name}` doit être une fonction (définie par `def {name}(...):`). Reçu\u202f: {received}.",
    # the exercise: check, hints, solution, answer
    "Exercise {number}": "exercice {number}",
    "✅ {exercise} solved. {remark}": "✅ L'{exercise} est réussi. {remark}",
    "{message}\n(For a hint, run `{label}.hint()`.)": "{message}\n(Pour un indice, exécutez `{label}.hint()`.)",
    "Run `{label}.hint()` again for the next step.": "Exécutez à nouveau `{label}.hint()` pour l'étape suivante.",
    "If you are still stuck, `{label}.solution()` shows a worked solution.":
        "Si vous êtes toujours bloqué, `{label}.solution()` affiche une solution commentée.",
    "💡 Hint {shown} of {total}: {step}": "💡 Indice {shown} sur {total}\u202f: {step}",
    "💡 That was the last hint. `{label}.solution()` shows a worked solution.":
        "💡 C'était le dernier indice. `{label}.solution()` affiche une solution commentée.",
    "📖 A solution to {exercise} ({title}):": "📖 Une solution de l'{exercise} ({title})\u202f:",
    "{label} has several answers {answers}: say which one, e.g. {example}.":
        "{label} a plusieurs réponses {answers}\u202f: précisez laquelle, par exemple {example}.",
    "{label} has no answer called {name}; its answers are {answers}.":
        "{label} n'a pas de réponse nommée {name}\u202f; ses réponses sont {answers}.",
    "ℹ️ {exercise} is not solved yet, so the cells below use the course's version of `{name}`.":
        "ℹ️ L'{exercise} n'est pas encore réussi\u202f: les cellules suivantes utilisent donc la version de `{name}` "
        "écrite par le cours.",
    "ℹ️ {exercise} is not solved yet, so the cells below use the course's value of `{name}`.":
        "ℹ️ L'{exercise} n'est pas encore réussi\u202f: les cellules suivantes utilisent donc la valeur de `{name}` "
        "calculée par le cours.",
    "{exercise} needs {names} from the cells above, which is not defined: run the notebook from the top (Run > Run "
    "All Above Selected Cell), then this cell again.":
        "L'{exercise} a besoin de {names}, défini dans les cellules du dessus, mais absent\u202f: exécutez le notebook "
        "depuis le début (menu Run > Run All Above Selected Cell), puis à nouveau cette cellule.",
    "{exercise} needs {names} from the cells above, which are not defined: run the notebook from the top (Run > Run "
    "All Above Selected Cell), then this cell again.":
        "L'{exercise} a besoin de {names}, définis dans les cellules du dessus, mais absents\u202f: exécutez le "
        "notebook depuis le début (menu Run > Run All Above Selected Cell), puis à nouveau cette cellule.",
    "{exercise} is not attempted yet: replace `____` in the cell above with your code, run it, then run this check "
    "again.":
        "L'{exercise} n'est pas encore commencé\u202f: remplacez `____` dans la cellule du dessus par votre code, "
        "exécutez-la, puis relancez cette vérification.",
    "{exercise} is not finished: {names} still has no answer (`____`).":
        "L'{exercise} n'est pas terminé\u202f: {names} n'a pas encore de réponse (`____`).",
    "{exercise} is not finished: {names} still have no answer (`____`).":
        "L'{exercise} n'est pas terminé\u202f: {names} n'ont pas encore de réponse (`____`).",
    "Not yet: {error}": "Pas encore\u202f: {error}",
    "{exercise} is not attempted yet: your function still returns `____`. Replace it with your code, run the cell, "
    "then this check again.":
        "L'{exercise} n'est pas encore commencé\u202f: votre fonction renvoie toujours `____`. Remplacez-le par votre "
        "code, exécutez la cellule, puis relancez cette vérification.",
    "`{name}` should be {kind}.": "`{name}` doit être {kind}.",
    "Not yet: your answer could not be used ({error}). {kinds}":
        "Pas encore\u202f: votre réponse n'a pas pu être utilisée ({error}). {kinds}",
}
