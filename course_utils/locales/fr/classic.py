"""French of the messages of ``course_utils/classic.py`` (notebook 01).

scikit-learn's own explanation, quoted in two messages, stays in English: it is quoted as `code`, verbatim.
"""

MESSAGES: dict[str, str] = {
    "e.g. {example}": "par exemple {example}",
    "param (the hyper-parameter's name)": "param (le nom de l'hyperparamètre)",
    "{name} has no hyper-parameter {unknown}; valid ones are {valid} (e.g. make_classifier('kNN', n_neighbors=7)).":
        "{name} n'a pas d'hyperparamètre {unknown}\u202f; les hyperparamètres possibles sont {valid} (par exemple "
        "make_classifier('kNN', n_neighbors=7)).",
    "make_classifier({call}): a hyper-parameter has a value {name} does not accept. scikit-learn says: {error}":
        "make_classifier({call})\u202f: un hyperparamètre a une valeur que {name} n'accepte pas. Explication de "
        "scikit-learn (en anglais)\u202f: `{error}`",
    "{name} must hold the labels as 0 and 1, got text labels {values}. Encode them first, e.g. ({name} == "
    "{last}).astype(int) makes {last} the positive class (1).":
        "{name} doit contenir les étiquettes sous forme de 0 et de 1\u202f; reçu\u202f: des étiquettes en texte "
        "{values}. Codez-les d'abord\u202f: par exemple, ({name} == {last}).astype(int) fait de {last} la classe "
        "positive (1).",
    "X_train and X_test must have the same number of features (columns), got {train} and {test}. Select the same "
    "columns in both.":
        "X_train et X_test doivent avoir le même nombre de variables (de colonnes)\u202f; reçu\u202f: {train} et "
        "{test}. Sélectionnez les mêmes colonnes dans les deux.",
    "{where} must contain both classes (0 and 1) to train a classifier, got only {label}s ({n} labels).":
        "{where} doit contenir les deux classes (0 et 1) pour entraîner un classifieur, mais ne contient que des "
        "{label} ({n} étiquettes).",
    "the SVM needs at least {minimum} samples of each class in {where} (its probabilities come from 5-fold "
    "cross-validation), got {n0} of class 0 and {n1} of class 1. Use more data, or leave the SVM out of names.":
        "le SVM a besoin d'au moins {minimum} échantillons de chaque classe dans {where} (ses probabilités viennent "
        "d'une validation croisée en 5 blocs)\u202f; reçu\u202f: {n0} de la classe 0 et {n1} de la classe 1. Prenez "
        "plus de données, ou retirez le SVM de names.",
    "kNN with n_neighbors={k} needs at least {k} training samples, {where} has {n}: use n_neighbors <= {n}.":
        "kNN avec n_neighbors={k} a besoin d'au moins {k} échantillons d'entraînement, or {where} n'en a que "
        "{n}\u202f: prenez n_neighbors <= {n}.",
    "{name} could not be trained on these data. scikit-learn says: {error}":
        "{name} n'a pas pu être entraîné sur ces données. Explication de scikit-learn (en anglais)\u202f: `{error}`",
    " For one classifier, write names=[{name}].": " Pour un seul classifieur, écrivez names=[{name}].",
    "names must be a non-empty list of classifier names such as {names}, got {received}.":
        "names doit être une liste non vide de noms de classifieurs comme {names}\u202f; reçu\u202f: {received}.",
    "params must be a dict {{classifier name: {{hyper-parameter: value}}}}, {example}, got {received}.":
        "params doit être un dictionnaire {{nom du classifieur: {{hyperparamètre: valeur}}}}, {example}\u202f; "
        "reçu\u202f: {received}.",
    "params[{key}] must be a dict of hyper-parameters, {example}, got {received}.":
        "params[{key}] doit être un dictionnaire d'hyperparamètres, {example}\u202f; reçu\u202f: {received}.",
    "params names classifiers {extra} that are not in names {names}.":
        "params nomme des classifieurs {extra} qui ne sont pas dans names {names}.",
    "models must be a non-empty dict {{name: fitted model}}, e.g. from fit_classifiers(), got {received}.":
        "models doit être un dictionnaire non vide {{nom: modèle entraîné}}, par exemple celui de "
        "fit_classifiers()\u202f; reçu\u202f: {received}.",
    "{label} must be a fitted model with a predict() method, got {received}.":
        "{label} doit être un modèle entraîné, doté d'une méthode predict()\u202f; reçu\u202f: {received}.",
    "{label} is not fitted yet: fit it first, model.fit(X_train, y_train), or build the models with "
    "fit_classifiers(X_train, y_train).":
        "{label} n'est pas encore entraîné\u202f: entraînez-le d'abord, model.fit(X_train, y_train), ou construisez "
        "les modèles avec fit_classifiers(X_train, y_train).",
    "{label} was fitted on {n} features, but {x_name} has {columns} columns. Use the same columns the model was "
    "trained on.":
        "{label} a été entraîné sur {n} variables, mais {x_name} a {columns} colonnes. Prenez les colonnes sur "
        "lesquelles le modèle a été entraîné.",
    "{label}.predict({x_name}) failed with {error}: {message}":
        "{label}.predict({x_name}) a échoué avec l'erreur {error}\u202f: `{message}`",
    "{label}.predict({x_name}) must return one label 0 or 1 per row ({n} labels), got shape {shape} with values "
    "{shown}. Train the model on 0/1 labels; for probabilities, threshold them: (p >= 0.5).astype(int).":
        "{label}.predict({x_name}) doit renvoyer une étiquette 0 ou 1 par ligne ({n} étiquettes)\u202f; reçu\u202f: "
        "la forme {shape}, avec les valeurs {shown}. Entraînez le modèle sur des étiquettes 0/1\u202f; pour des "
        "probabilités, appliquez un seuil\u202f: (p >= 0.5).astype(int).",
    "values must be a list of values of {param} to try, e.g. [1, 5, 15] or range(1, 60), got {received}.":
        "values doit être une liste de valeurs de {param} à essayer, par exemple [1, 5, 15] ou range(1, 60)\u202f; "
        "reçu\u202f: {received}.",
    " For one value, write [{value}].": " Pour une seule valeur, écrivez [{value}].",
    "values must list at least one value of {param}, got an empty list.":
        "values doit contenir au moins une valeur de {param}\u202f; reçu\u202f: une liste vide.",
    "values lists {n} values of {param}, but each one trains a model: use at most {maximum}, e.g. every 5th value, "
    "values[::5].":
        "values contient {n} valeurs de {param}, or chacune entraîne un modèle\u202f: prenez-en au plus {maximum}, "
        "par exemple une valeur sur 5, values[::5].",
    "shape_table needs at least one array, passed by name: shape_table(X=X, image=img).":
        "shape_table attend au moins un tableau, donné avec son nom\u202f: shape_table(X=X, image=img).",
    "{name} must be an array, a tensor, a table or a list of numbers (something with a shape), got {received}.":
        "{name} doit être un tableau, un tenseur, une table ou une liste de nombres (quelque chose qui a une "
        "forme)\u202f; reçu\u202f: {received}.",
    " Its rows have different lengths: a table needs the same number of values in every row.":
        " Ses lignes ont des longueurs différentes\u202f: un tableau doit avoir le même nombre de valeurs sur chaque "
        "ligne.",
    "mixed ({dtypes})": "mixte ({dtypes})",
    "make_classifier({call}): the hyper-parameter {param} must be {allowed}, got {got}.":
        "make_classifier({call})\u202f: l'hyperparamètre {param} doit être {allowed}\u202f; reçu\u202f: {got}.",
    "a whole number in the range": "un nombre entier dans l'intervalle",
    "a number in the range": "un nombre dans l'intervalle",
    "a whole number": "un nombre entier",
    "a number": "un nombre",
    "one of the texts": "l'un des textes",
    "a function": "une fonction",
    " or ": " ou ",
    "an object of type": "un objet de type",
    "train accuracy": "exactitude (entraînement)",
    "test accuracy": "exactitude (test)",
    "sensitivity": "sensibilité",
    "specificity": "spécificité",
}
