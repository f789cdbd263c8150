"""French of the messages of ``course_utils/reference/`` (activations, losses, gradients, autograd)."""

MESSAGES: dict[str, str] = {
    # ---- activations.py
    "alpha (the negative slope of leaky ReLU)": "alpha (la pente négative de leaky ReLU)",
    "{error} It is a small slope below 1; the course and PyTorch use 0.01.":
        "{error} C'est une petite pente, inférieure à 1\u202f; le cours et PyTorch prennent 0,01.",
    "pieces must be at least two (slope, intercept) pairs, shape (k, 2) with k >= 2, e.g. [(0.0, 0.0), (1.0, 0.0)] "
    "for ReLU; got shape {shape}.":
        "pieces doit contenir au moins deux couples (pente, ordonnée à l'origine), forme (k, 2) avec k >= 2, par "
        "exemple [(0.0, 0.0), (1.0, 0.0)] pour ReLU. Forme reçue\u202f: {shape}.",
    "name (activation)": "name (la fonction d'activation)",
    # ---- losses.py
    "y (targets)": "y (cibles)",
    "h (predictions)": "h (prédictions)",
    "y (targets) and h (predictions) must have the same shape, one prediction per target; got y of shape {y_shape} "
    "and h of shape {h_shape}.":
        "y (cibles) et h (prédictions) doivent avoir la même forme, une prédiction par cible. Reçu\u202f: y de forme "
        "{y_shape} et h de forme {h_shape}.",
    " They hold the same number of values ({size}) arranged differently: NumPy would pair every target with every "
    "prediction. Flatten both first: y.ravel() and h.ravel().":
        " Ils contiennent le même nombre de valeurs ({size}), disposées autrement\u202f: NumPy associerait chaque "
        "cible à chaque prédiction. Aplatissez d'abord les deux\u202f: y.ravel() et h.ravel().",
    " Check that both come from the same patients (same rows, same order).":
        " Vérifiez que les deux concernent les mêmes patients (mêmes lignes, même ordre).",
    "the squared error is too large for a computer number (above about 1.8e308): y and h go up to {largest} in size. "
    "Check their units, or standardise them first.":
        "l'erreur quadratique est trop grande pour un nombre en machine (au-delà d'environ 1,8e308)\u202f: y et h "
        "atteignent {largest} en valeur absolue. Vérifiez leurs unités, ou standardisez-les d'abord.",
    "eps must be a small number below 0.5 (e.g. the default 1e-12), got {eps}: predictions are clipped to "
    "[eps, 1 - eps], which is empty from 0.5 on.":
        "eps doit être un petit nombre inférieur à 0,5 (par exemple la valeur par défaut 1e-12). Reçu\u202f: "
        "{eps}\u202f; or les prédictions sont ramenées dans [eps, 1 - eps], intervalle vide à partir de 0,5.",
    "y must hold targets between 0 and 1 (labels 0/1), got values from {low} to {high}{where}. Recode the labels: 1 "
    "for the positive class, 0 for the other.":
        "y doit contenir des cibles comprises entre 0 et 1 (étiquettes 0/1). Reçu\u202f: des valeurs de {low} à "
        "{high}{where}. Recodez les étiquettes\u202f: 1 pour la classe positive, 0 pour l'autre.",
    "h must hold probabilities between 0 and 1, got values from {low} to {high}{where}. Pass the sigmoid output "
    "h = sigmoid(z), not z.":
        "h doit contenir des probabilités comprises entre 0 et 1. Reçu\u202f: des valeurs de {low} à {high}{where}. "
        "Passez la sortie de la sigmoïde, h = sigmoid(z), et non z.",
    " (the first one out of range at position {position})": " (la première hors intervalle en position {position})",
    "w must be 1-D, the weights (w0, ..., wn) of shape (n + 1,), got shape {shape}. Flatten it first: w.ravel().":
        "w doit être à une dimension, les poids (w0, ..., wn) de forme (n + 1,). Forme reçue\u202f: {shape}. "
        "Aplatissez-le d'abord\u202f: w.ravel().",
    "X1 must have one column per weight, {n} columns for the {n} weights w, got {got} (shape {shape}). Its first "
    "column is the constant input x0 = 1: X1 = np.column_stack([np.ones(n), X]).":
        "X1 doit avoir une colonne par poids, soit {n} colonnes pour les {n} poids w. Reçu\u202f: {got} (forme "
        "{shape}). Sa première colonne est l'entrée constante x0 = 1\u202f: X1 = np.column_stack([np.ones(n), X]).",
    "X1's first column must be the constant input x0 = 1 (for the bias w0), got values from {low} to {high}. Add it: "
    "X1 = np.column_stack([np.ones(n), X]).":
        "la première colonne de X1 doit être l'entrée constante x0 = 1 (pour le biais w0). Reçu\u202f: des valeurs "
        "de {low} à {high}. Ajoutez-la\u202f: X1 = np.column_stack([np.ones(n), X]).",
    "y must hold one 0/1 target per row of X1, shape ({n},), got shape {shape}.{fix}":
        "y doit contenir une cible 0/1 par ligne de X1, forme ({n},). Forme reçue\u202f: {shape}.{fix}",
    " Flatten it first: y.ravel().": " Aplatissez-le d'abord\u202f: y.ravel().",
    # ---- gradients.py
    "f must be a function returning one number, got {received}. Pass the function itself, without calling it: "
    "numerical_gradient(loss, w), not numerical_gradient(loss(w), w).":
        "f doit être une fonction qui renvoie un nombre. Reçu\u202f: {received}. Passez la fonction elle-même, sans "
        "l'appeler\u202f: numerical_gradient(loss, w), et non numerical_gradient(loss(w), w).",
    "f must return a single number, got a Value of the autograd engine. Return its number: loss.data.":
        "f doit renvoyer un seul nombre. Reçu\u202f: une Value du moteur de différentiation automatique. Renvoyez "
        "son nombre\u202f: loss.data.",
    " Sum or average it into one loss first, e.g. np.mean(...).":
        " Réduisez-le d'abord à une seule perte (somme ou moyenne), par exemple np.mean(...).",
    " Did f forget `return`?": " Manque-t-il `return` dans f\u202f?",
    "f must return a single number, got {received}.{fix}":
        "f doit renvoyer un seul nombre. Reçu\u202f: {received}.{fix}",
    "f returned {value} at x {sign} eps in coordinate {i}: the gradient cannot be estimated there. Check f at this "
    "point (a log of 0, a division by 0, an overflow), or use a smaller eps.":
        "f a renvoyé {value} en x {sign} eps pour la coordonnée {i}\u202f: impossible d'y estimer le gradient. "
        "Vérifiez f en ce point (un log de 0, une division par 0, un dépassement de capacité), ou prenez un eps plus "
        "petit.",
    # ---- autograd.py: what was received
    "a Value ({value})": "une Value ({value})",
    "a Value of another engine ({kind})": "une Value d'un autre moteur ({kind})",
    "the result of '{op}' (data={data})": "le résultat de '{op}' (data={data})",
    "the input Value(data={data})": "l'entrée Value(data={data})",
    # ---- autograd.py: building a Value
    "Value holds one number, got {received} that requires grad: it belongs to PyTorch's autograd, and mixing the two "
    "engines would lose its gradient. Use one engine per formula (or its number, t.item(), as a constant).":
        "une Value contient un seul nombre. Reçu\u202f: {received}, avec requires grad\u202f: il appartient à "
        "l'autograd de PyTorch, et mélanger les deux moteurs ferait perdre son gradient. Utilisez un seul moteur par "
        "formule (ou son nombre, t.item(), comme constante).",
    "Value holds one number (an int or a float), got {received}. Write 1.0 or 0.0 if you mean a number.":
        "une Value contient un seul nombre (un int ou un float). Reçu\u202f: {received}. Écrivez 1.0 ou 0.0 si vous "
        "voulez un nombre.",
    "Value needs a finite number, got {received}. A missing value (NaN) or an infinite one has no gradient: remove "
    "or fill it first (e.g. df.dropna()).":
        "une Value a besoin d'un nombre fini. Reçu\u202f: {received}. Une valeur manquante (NaN) ou infinie n'a pas "
        "de gradient\u202f: retirez-la ou complétez-la d'abord (par exemple df.dropna()).",
    ". It is already a Value: use it directly in your formula, or v.data for its number.":
        ". C'est déjà une Value\u202f: employez-la directement dans votre formule, ou v.data pour son nombre.",
    ". Convert the text first: float({text}).": ". Convertissez d'abord le texte\u202f: float({text}).",
    ". It holds one number: pass the number itself, x.item().":
        ". Il contient un seul nombre\u202f: passez ce nombre lui-même, x.item().",
    ". Make one Value per number, e.g. [Value(v) for v in x].":
        ". Créez une Value par nombre, par exemple [Value(v) for v in x].",
    ": a Value holds a real number, not a complex one.": ". Une Value contient un nombre réel, pas un nombre complexe.",
    "Value holds one number (an int or a float), got {received}{hint}":
        "une Value contient un seul nombre (un int ou un float). Reçu\u202f: {received}{hint}",
    "children must be a tuple of the Values this one was computed from, e.g. (v,) with the comma; got {received}, "
    "which is not iterable as a tuple of Values.":
        "children doit être un tuple des Values à partir desquelles celle-ci a été calculée, par exemple (v,) avec "
        "la virgule. Reçu\u202f: {received}, qu'on ne peut pas parcourir comme un tuple de Values.",
    "children must hold Values (with data, grad and _prev), got {received} at position {i}. Wrap a plain number "
    "first: Value(x).":
        "children doit contenir des Values (avec data, grad et _prev). Reçu\u202f: {received} en position {i}. "
        "Enveloppez d'abord un nombre simple\u202f: Value(x).",
    "{name} must be text (a str), got {received}.": "{name} doit être un texte (un str). Reçu\u202f: {received}.",
    # ---- autograd.py: operations
    "cannot compute {formula}: {error}": "impossible de calculer {formula}\u202f: {error}",
    "{formula} is too large for a computer number (the largest is about 1.8e308). Use smaller numbers, e.g. "
    "standardise the inputs or lower the learning rate.":
        "{formula} est trop grand pour un nombre en machine (le plus grand vaut environ 1,8e308). Travaillez avec "
        "des nombres plus petits, par exemple en standardisant les entrées ou en baissant le taux d'apprentissage.",
    "{formula} is not a real number: a fractional power of a negative number (such as the square root of -8) does "
    "not exist among real numbers. Use an integer power, or make sure the base is positive.":
        "{formula} n'est pas un nombre réel\u202f: une puissance fractionnaire d'un nombre négatif (comme la racine "
        "carrée de -8) n'existe pas parmi les réels. Prenez une puissance entière, ou assurez-vous que la base est "
        "positive.",
    "{formula} divides by zero (0 to a negative power is 1 / 0 ** {power}). Keep the base away from 0.":
        "{formula} divise par zéro (0 à une puissance négative, c'est 1 / 0 ** {power}). Tenez la base à l'écart "
        "de 0.",
    "the slope of x ** {k} at x = 0 is infinite (a vertical tangent), so backward() has no finite gradient to pass "
    "on. Keep x away from 0 (e.g. add 1e-8).":
        "la pente de x ** {k} en x = 0 est infinie (une tangente verticale)\u202f: backward() n'a donc aucun gradient "
        "fini à transmettre. Tenez x à l'écart de 0 (par exemple en ajoutant 1e-8).",
    "Value ** k needs a plain number k (an int or a float), got {received}. This engine differentiates a Value to a "
    "fixed power only; for a power that is itself a Value, write it with exp and log: (k * x.log()).exp().":
        "Value ** k demande un nombre simple k (un int ou un float). Reçu\u202f: {received}. Ce moteur ne dérive une "
        "Value qu'élevée à une puissance fixe\u202f; pour une puissance qui est elle-même une Value, passez par exp "
        "et log\u202f: (k * x.log()).exp().",
    "Value ** k needs a finite power k, got {received}.":
        "Value ** k demande une puissance k finie. Reçu\u202f: {received}.",
    "a number to the power of a Value ({shown} ** v) is not supported, got {received} as the base: this engine only "
    "raises a Value to a plain power (v ** 2). Write it with exp: (v * math.log({shown})).exp(), for a base > 0.":
        "un nombre élevé à la puissance d'une Value ({shown} ** v) n'est pas pris en charge (base reçue\u202f: "
        "{received})\u202f: ce moteur n'élève une Value qu'à une puissance simple (v ** 2). Passez par exp\u202f: "
        "(v * math.log({shown})).exp(), pour une base > 0.",
    "exp({x}) is too large for a computer number: exp overflows for inputs above about {limit} (the result would "
    "exceed 1.8e308). Use a smaller input, e.g. standardise the data so that the weighted sums stay small.":
        "exp({x}) est trop grand pour un nombre en machine\u202f: exp déborde au-delà d'environ {limit} (le résultat "
        "dépasserait 1,8e308). Prenez une entrée plus petite, par exemple en standardisant les données pour que les "
        "sommes pondérées restent petites.",
    "log needs a number > 0, got {x}: the logarithm of 0 is minus infinity and that of a negative number does not "
    "exist. Keep the input positive (e.g. clip a probability to at least 1e-12).":
        "log demande un nombre > 0. Reçu\u202f: {x}\u202f; or le logarithme de 0 vaut moins l'infini et celui d'un "
        "nombre négatif n'existe pas. Gardez l'entrée positive (par exemple en ramenant une probabilité à au moins "
        "1e-12).",
    "division by zero: {x} / 0. The denominator must not be 0; check where it comes from (e.g. a count or a "
    "standard deviation of 0).":
        "division par zéro\u202f: {x} / 0. Le dénominateur ne doit pas valoir 0\u202f; vérifiez d'où il vient (par "
        "exemple un effectif ou un écart-type nul).",
    "'{symbol}' is not supported between a Value and {received}: a Value is a node of the graph, not a number. "
    "Compare the numbers they hold, e.g. v.data {symbol} 0.":
        "'{symbol}' n'est pas pris en charge entre une Value et {received}\u202f: une Value est un nœud du graphe, "
        "pas un nombre. Comparez les nombres qu'elles contiennent, par exemple v.data {symbol} 0.",
    "backward() gave {name} a gradient of {grad}: it is too large for a computer number. Use smaller numbers (e.g. "
    "standardise the inputs), or keep divisions and powers away from 0.":
        "backward() a calculé pour {name} un gradient de {grad}\u202f: il est trop grand pour un nombre en machine. "
        "Travaillez avec des nombres plus petits (par exemple en standardisant les entrées), ou tenez divisions et "
        "puissances à l'écart de 0.",
    # ---- autograd.py: draw_graph
    "root must be a Value from the autograd engine (with data, grad, _prev and _op), got {kind} without '{attr}'.":
        "root doit être une Value du moteur de différentiation automatique (avec data, grad, _prev et _op). "
        "Reçu\u202f: {kind}, sans '{attr}'.",
    "this graph has {n} values; draw_graph is readable up to about 60. Draw a smaller expression (e.g. one neuron).":
        "ce graphe compte {n} valeurs\u202f; draw_graph reste lisible jusqu'à 60 environ. Dessinez une expression "
        "plus petite (par exemple un seul neurone).",
    "Computational graph": "Graphe de calcul",
}
