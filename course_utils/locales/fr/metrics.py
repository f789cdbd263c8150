"""French of the messages of ``course_utils/metrics.py`` (clinical metrics, their warnings and errors)."""

MESSAGES: dict[str, str] = {
    "sensitivity is undefined: y_true holds no positive case (no 1), so there is no sick patient to catch "
    "(TP + FN = 0)":
        "la sensibilité n'est pas définie\u202f: y_true ne contient aucun cas positif (aucun 1), il n'y a donc "
        "aucun patient malade à détecter (TP + FN = 0)",
    "specificity is undefined: y_true holds no negative case (no 0), so there is no healthy patient to leave alone "
    "(TN + FP = 0)":
        "la spécificité n'est pas définie\u202f: y_true ne contient aucun cas négatif (aucun 0), il n'y a donc "
        "aucun patient sain à ne pas signaler (TN + FP = 0)",
    "PPV is undefined: y_pred flags nobody (no 1), so PPV = TP / (TP + FP) is 0 / 0":
        "la VPP (valeur prédictive positive) n'est pas définie\u202f: y_pred ne signale personne (aucun 1), donc "
        "VPP = TP / (TP + FP) vaut 0 / 0",
    "NPV is undefined: y_pred flags everybody (no 0), so NPV = TN / (TN + FN) is 0 / 0":
        "la VPN (valeur prédictive négative) n'est pas définie\u202f: y_pred signale tout le monde (aucun 0), donc "
        "VPN = TN / (TN + FN) vaut 0 / 0",
    " Evaluate on data that holds both classes (a stratified split keeps both).":
        " Évaluez sur des données qui contiennent les deux classes (un découpage stratifié les conserve toutes "
        "les deux).",
    "{reasons}. It is reported as nan, not as a number.":
        "{reasons}. Elle est donnée comme nan, et non comme un nombre.",
    "{reasons}. They are reported as nan, not as a number.":
        "{reasons}. Elles sont données comme nan, et non comme des nombres.",
    "y_true must contain both classes (0 and 1) to draw a ROC curve, got only 1 (positive) labels ({n} of them). "
    "Without any 0 (negative) case, specificity is undefined (0 / 0).":
        "y_true doit contenir les deux classes (0 et 1) pour tracer une courbe ROC, mais ne contient que des "
        "étiquettes 1 (positif), {n} au total. Sans aucun cas 0 (négatif), la spécificité n'est pas définie "
        "(0 / 0).",
    "y_true must contain both classes (0 and 1) to draw a ROC curve, got only 0 (negative) labels ({n} of them). "
    "Without any 1 (positive) case, sensitivity is undefined (0 / 0).":
        "y_true doit contenir les deux classes (0 et 1) pour tracer une courbe ROC, mais ne contient que des "
        "étiquettes 0 (négatif), {n} au total. Sans aucun cas 1 (positif), la sensibilité n'est pas définie "
        "(0 / 0).",
    "y_true must contain only 0 and 1 (the true labels), but it holds other values while scores holds only 0 and 1: "
    "the two arguments look swapped. Give the true labels first, then the scores: roc_curve(y_true, scores).":
        "y_true ne doit contenir que des 0 et des 1 (les vraies étiquettes), mais il contient d'autres valeurs alors "
        "que scores ne contient que des 0 et des 1\u202f: les deux arguments semblent inversés. Donnez d'abord les "
        "vraies étiquettes, puis les scores\u202f: roc_curve(y_true, scores).",
    " Two columns, as from predict_proba (one per class): keep the positive class's column, scores[:, 1].":
        " Deux colonnes, comme celles de predict_proba (une par classe)\u202f: gardez la colonne de la classe "
        "positive, scores[:, 1].",
    "scores must be 1-D, one score per patient, got {ndim}-D with shape {shape}.":
        "scores doit être à une dimension, un score par patient\u202f; reçu\u202f: un tableau à {ndim} "
        "dimension(s), de forme {shape}.",
    " Check that both masks come from the same image, at the same size.":
        " Vérifiez que les deux masques viennent de la même image, à la même taille.",
    " They differ only by axes of length 1: remove them first, e.g. mask.squeeze().":
        " Ils ne diffèrent que par des axes de longueur 1\u202f: supprimez-les d'abord, par exemple mask.squeeze().",
    "mask_true and mask_pred must have the same shape (one value per pixel), got {a} and {b}.":
        "mask_true et mask_pred doivent avoir la même forme (une valeur par pixel)\u202f; reçu\u202f: {a} et {b}.",
    " at index {i}": " à l'indice {i}",
    " at position {p}": " à la position {p}",
    "They look like probabilities: threshold them first, e.g. {name} >= 0.5.":
        "On dirait des probabilités\u202f: appliquez-leur d'abord un seuil, par exemple {name} >= 0.5.",
    "It looks like a black-and-white image (0 and {high}): use {name} > 0.":
        "On dirait une image en noir et blanc (0 et {high})\u202f: utilisez {name} > 0.",
    "Negative values look like logits (before the sigmoid): use {name} > 0 (probability > 0.5).":
        "Des valeurs négatives font penser à des logits (avant la sigmoïde)\u202f: utilisez {name} > 0 "
        "(probabilité > 0,5).",
    "Make it 0/1 first, e.g. (labels == organ_number).": "Ramenez-le d'abord à des 0/1, par exemple "
                                                          "(labels == organ_number).",
    "{name} must hold only 0 and 1 (or True/False), one per pixel, got values from {low} to {high} (the first other "
    "value is {value}{where}). {fix}":
        "{name} ne doit contenir que des 0 et des 1 (ou True/False), une valeur par pixel\u202f; reçu\u202f: des "
        "valeurs de {low} à {high} (la première autre valeur est {value}{where}). {fix}",
    "results must be a non-empty dict {{model name: (y_true, y_pred)}}, got {received}.":
        "results doit être un dictionnaire non vide {{nom du modèle: (y_true, y_pred)}}\u202f; reçu\u202f: "
        "{received}.",
    "results[{name}] must be a pair (y_true, y_pred) in parentheses, got {received}.":
        "results[{name}] doit être une paire (y_true, y_pred) entre parenthèses\u202f; reçu\u202f: {received}.",
    "results[{name}]: {error}": "results[{name}]\u202f: {error}",
    "results[{name}]: ": "results[{name}]\u202f: ",
    "accuracy": "exactitude",
    "sensitivity": "sensibilité",
    "specificity": "spécificité",
}
