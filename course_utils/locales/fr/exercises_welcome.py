"""French of the exercises of notebook 00 (``course_utils/exercises/welcome.py``)."""

MESSAGES: dict[str, str] = {
    "`prevalence` looks like a percentage. Give a fraction between 0 and 1 (do not multiply by 100).":
        "`prevalence` ressemble à un pourcentage. Donnez une fraction entre 0 et 1 (sans multiplier par 100).",
    "`prevalence` is the number of patients with an alert. Divide it by the number of patients.":
        "`prevalence` est le nombre de patients avec une alerte. Divisez-le par le nombre de patients.",
    "`prevalence` is the share of patients *without* an alert. Count those with `alert = 1`.":
        "`prevalence` est la part des patients *sans* alerte. Comptez ceux qui ont `alert = 1`.",
    "`prevalence` divides the alerts by the patients *without* an alert. Divide by all the patients instead.":
        "`prevalence` divise les alertes par les patients *sans* alerte. Divisez plutôt par l'ensemble des patients.",
    "`prevalence` = {got}, but a fraction of patients lies between 0 and 1.":
        "`prevalence` = {got}, or une proportion de patients est comprise entre 0 et 1.",
    "`prevalence` = {got} is not the share of patients with `alert = 1` yet.":
        "`prevalence` = {got} n'est pas encore la part des patients qui ont `alert = 1`.",
    "the prevalence of alerts":
        "la prévalence des alertes",
    "The prevalence is a fraction: (patients with an alert) / (all patients).":
        "La prévalence est une fraction\u202f: (patients avec une alerte) / (tous les patients).",
    "The column `blood[\"alert\"]` holds 0 or 1 for each patient. Its sum counts the alerts, `len(blood)` "
    "counts the patients; the mean of a 0/1 column does both at once.":
        "La colonne `blood[\"alert\"]` contient 0 ou 1 pour chaque patient. Sa somme compte les alertes, "
        "`len(blood)` compte les patients\u202f; la moyenne d'une colonne de 0 et de 1 fait les deux à la fois.",
    "The mean of a column of 0s and 1s is the share of 1s: here, the share of patients with an alert.":
        "La moyenne d'une colonne de 0 et de 1 est la part des 1\u202f: ici, la part des patients qui ont une alerte.",
}
