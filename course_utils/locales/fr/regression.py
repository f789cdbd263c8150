"""French of the messages of ``course_utils/regression.py`` (notebook 02)."""

MESSAGES: dict[str, str] = {
    "n (number of readings)": "n (nombre de mesures)",
    "noise_sd (°C)": "noise_sd (en °C)",
    "a_values and b_values make a grid of {n_a} x {n_b} = {total} points, but loss_surface calls loss once per point "
    "and allows at most {maximum}: use fewer values, e.g. np.linspace(low, high, 100).":
        "a_values et b_values forment une grille de {n_a} x {n_b} = {total} points, or loss_surface appelle loss une "
        "fois par point et en accepte au plus {maximum}\u202f: prenez moins de valeurs, par exemple "
        "np.linspace(low, high, 100).",
    "loss must be a function loss(a, b) returning a number, got {received}. Pass the function itself, or wrap a call "
    "in a lambda: lambda a, b: mse(a, b, x, y).":
        "loss doit être une fonction loss(a, b) qui renvoie un nombre\u202f; reçu\u202f: {received}. Donnez la "
        "fonction elle-même, ou enveloppez l'appel dans une lambda\u202f: lambda a, b: mse(a, b, x, y).",
    "loss must take two numbers, the slope a and the intercept b, but {function} cannot be called as loss(a, b). "
    "Fix the data in with a lambda: lambda a, b: mse(a, b, x, y).":
        "loss doit prendre deux nombres, la pente a et l'ordonnée à l'origine b, mais {function} ne peut pas être "
        "appelée comme loss(a, b). Fixez les données dans une lambda\u202f: lambda a, b: mse(a, b, x, y).",
    "loss(a, b) failed at a={a}, b={b} with {error}: {message}. Check the formula by calling it yourself on these "
    "values.":
        "loss(a, b) a échoué en a={a}, b={b} avec l'erreur {error}\u202f: {message}. Vérifiez la formule en "
        "l'appelant vous-même sur ces valeurs.",
    "loss(a, b) at a={a}, b={b}": "loss(a, b) en a={a}, b={b}",
    "{error} The loss of one line is one number: average the squared errors, e.g. np.mean((y - (a * x + b)) ** 2).":
        "{error} La perte d'une droite est un seul nombre\u202f: faites la moyenne des carrés des erreurs, par "
        "exemple np.mean((y - (a * x + b)) ** 2).",
    "loss(a, b) returned {value} at a={a}, b={b}, not a finite number: check the formula (a division by zero? a log "
    "of 0?) or the data (missing values?).":
        "loss(a, b) a renvoyé {value} en a={a}, b={b}, qui n'est pas un nombre fini\u202f: vérifiez la formule (une "
        "division par zéro\u202f? un log de 0\u202f?) ou les données (des valeurs manquantes\u202f?).",
    "x_range must be a pair (low, high) such as (0, 24), got {received}.":
        "x_range doit être une paire (bas, haut) comme (0, 24)\u202f; reçu\u202f: {received}.",
    "x_range must be (low, high) with low < high, got ({low}, {high}). ":
        "x_range doit être (bas, haut) avec bas < haut\u202f; reçu\u202f: ({low}, {high}). ",
    "Swap them.": "Inversez-les.",
    "Use two different values, e.g. (0, 24).": "Prenez deux valeurs différentes, par exemple (0, 24).",
}
