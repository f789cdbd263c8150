"""French of the exercises of the template notebook (``course_utils/exercises/template.py``)."""

MESSAGES: dict[str, str] = {
    "`alert_share` looks like a percentage: give a fraction between 0 and 1.":
        "`alert_share` ressemble à un pourcentage\u202f: donnez une fraction entre 0 et 1.",
    "`alert_share` is a count of patients: divide it by the number of patients.":
        "`alert_share` est un nombre de patients\u202f: divisez-le par le nombre total de patients.",
    "`alert_share` is the share of patients *without* an alert.":
        "`alert_share` est la part des patients *sans* alerte.",
    "`alert_share` = {got} is not the share of patients with `alert = 1` yet.":
        "`alert_share` = {got} n'est pas encore la part des patients qui ont `alert = 1`.",
    "the share of patients with an alert":
        "la part des patients qui ont une alerte",
    "A share is a count divided by a total.":
        "Une part, c'est un effectif divisé par un total.",
    "`alert` holds 0 or 1 per patient: the mean of such an array is the share of 1s.":
        "`alert` contient 0 ou 1 par patient\u202f: la moyenne d'un tel tableau est la part des 1.",
    "The mean of a column of 0s and 1s is the share of 1s.":
        "La moyenne d'une colonne de 0 et de 1 est la part des 1.",
    "`specificity_12` is the sensitivity (patients *with* an alert who are flagged). Specificity looks at "
    "patients without one.":
        "`specificity_12` est la sensibilité (les patients *avec* une alerte qui sont signalés). La spécificité "
        "porte sur les patients sans alerte.",
    "`specificity_12` counts the patients without an alert who *are* flagged: that is 1 - specificity.":
        "`specificity_12` compte les patients sans alerte qui *sont* signalés\u202f: c'est 1 - spécificité.",
    "`specificity_12` uses every patient: keep only those without an alert.":
        "`specificity_12` prend tous les patients\u202f: ne gardez que ceux qui n'ont pas d'alerte.",
    "`specificity_12` looks like a percentage: give a fraction.":
        "`specificity_12` ressemble à un pourcentage\u202f: donnez une fraction.",
    "`specificity_12` = {got} is not the specificity at 12.0 g/dL yet.":
        "`specificity_12` = {got} n'est pas encore la spécificité au seuil de 12,0\u202fg/dL.",
    "specificity at 12 g/dL":
        "la spécificité au seuil de 12\u202fg/dL",
    "Specificity only looks at the patients *without* an alert.":
        "La spécificité ne regarde que les patients *sans* alerte.",
    "Select the haemoglobin of the patients with `alert == 0`, then take the share at or above 12.0.":
        "Sélectionnez l'hémoglobine des patients qui ont `alert == 0`, puis prenez la part des valeurs "
        "supérieures ou égales à 12,0\u202fg/dL (`>= 12.0`).",
    "Among the patients without an alert, the share the rule leaves alone (not flagged).":
        "Parmi les patients sans alerte, la part que la règle laisse tranquille (non signalés).",
}
