"""French of the exercises of notebook 02 (``course_utils/exercises/linear_regression.py``)."""

MESSAGES: dict[str, str] = {
    "`{name}` looks rounded (or typed in from a printed value). Store the value your code computes, with all "
    "its decimals.":
        "`{name}` semble arrondi (ou recopié depuis une valeur affichée). Gardez la valeur calculée par votre "
        "code, avec toutes ses décimales.",
    "`{name}` holds one prediction per patient of the data set. The exercise asks for one patient only: give "
    "the line the BMI 32 kg/m² instead of the column of all BMIs.":
        "`{name}` contient une prédiction par patient du jeu de données. L'exercice porte sur un seul "
        "patient\u202f: donnez à la droite l'IMC 32\u202fkg/m² au lieu de la colonne de tous les IMC.",
    "one number (a score)":
        "un nombre (un score)",
    "Your value is a little off the exact prediction, probably because you typed rounded values of the slope "
    "and intercept: using `a_hat` and `b_hat` themselves avoids this.":
        "Votre valeur s'écarte un peu de la prédiction exacte, sans doute parce que vous avez tapé des valeurs "
        "arrondies de la pente et de l'ordonnée à l'origine\u202f: utiliser directement `a_hat` et `b_hat` "
        "évite cela.",
    "`{name}` is the slope times the BMI, without the intercept: the line is ŷ = a x + b, so add `b_hat`.":
        "`{name}` est la pente multipliée par l'IMC, sans l'ordonnée à l'origine\u202f: la droite est ŷ = a x + "
        "b, ajoutez donc `b_hat`.",
    "`{name}` multiplies the BMI by the intercept and adds the slope: the slope and the intercept are swapped. "
    "The slope `a_hat` multiplies the BMI.":
        "`{name}` multiplie l'IMC par l'ordonnée à l'origine et ajoute la pente\u202f: la pente et l'ordonnée à "
        "l'origine sont inversées. C'est la pente `a_hat` qui multiplie l'IMC.",
    "`{name}` subtracts the intercept `b_hat` instead of adding it (`b_hat` is already negative).":
        "`{name}` soustrait l'ordonnée à l'origine `b_hat` au lieu de l'ajouter (`b_hat` est déjà négatif).",
    "`{name}` subtracts the intercept `b_hat` instead of adding it.":
        "`{name}` soustrait l'ordonnée à l'origine `b_hat` au lieu de l'ajouter.",
    "`{name}` has the wrong sign: a progression score is positive.":
        "`{name}` a le mauvais signe\u202f: un score de progression est positif.",
    "`{name}` is the intercept alone, the prediction at a BMI of 0: multiply the BMI by the slope and add the "
    "intercept.":
        "`{name}` est l'ordonnée à l'origine seule, la prédiction pour un IMC de 0\u202f: multipliez l'IMC par "
        "la pente et ajoutez l'ordonnée à l'origine.",
    "`{name}` is the slope alone (points per kg/m²), not a prediction: multiply it by the BMI, then add the "
    "intercept.":
        "`{name}` est la pente seule (en points par kg/m²), pas une prédiction\u202f: multipliez-la par l'IMC, "
        "puis ajoutez l'ordonnée à l'origine.",
    "`{name}` measures from the point of means but forgets to add the mean score ȳ back.":
        "`{name}` part du point moyen mais oublie de rajouter le score moyen ȳ.",
    "`{name}` is the mean score of all patients: that ignores BMI. Use the fitted line.":
        "`{name}` est le score moyen de tous les patients\u202f: il ignore l'IMC. Utilisez la droite ajustée.",
    "`{name}` is the average score of the patients whose BMI is close to 32 in the data. The exercise asks for "
    "the prediction of the fitted line, which uses all 442 patients.":
        "`{name}` est le score moyen des patients dont l'IMC est proche de 32 dans les données. L'exercice "
        "demande la prédiction de la droite ajustée, qui utilise les 442 patients.",
    "`{name}` comes from the line fitted on the training patients only (section 4). Use `a_hat` and `b_hat`, "
    "fitted on all 442 patients.":
        "`{name}` vient de la droite ajustée sur les seuls patients d'entraînement (section 4). Utilisez "
        "`a_hat` et `b_hat`, ajustés sur les 442 patients.",
    "`{name}` is the line's prediction for a BMI of {bmi} kg/m², not 32 kg/m²: check the BMI you gave the line.":
        "`{name}` est la prédiction de la droite pour un IMC de {bmi}\u202fkg/m², pas 32\u202fkg/m²\u202f: "
        "vérifiez l'IMC donné à la droite.",
    "`{name}` is close but not exact: did you type rounded values of the slope and intercept? Use `a_hat` and "
    "`b_hat` themselves.":
        "`{name}` est proche mais pas exact\u202f: avez-vous tapé des valeurs arrondies de la pente et de "
        "l'ordonnée à l'origine\u202f? Utilisez directement `a_hat` et `b_hat`.",
    "`{name}` = {got} is not the line's prediction for a BMI of 32 kg/m² yet (too large).":
        "`{name}` = {got} n'est pas encore la prédiction de la droite pour un IMC de 32\u202fkg/m² (trop grand).",
    "`{name}` = {got} is not the line's prediction for a BMI of 32 kg/m² yet (too small).":
        "`{name}` = {got} n'est pas encore la prédiction de la droite pour un IMC de 32\u202fkg/m² (trop petit).",
    "a prediction from the fitted line":
        "une prédiction par la droite ajustée",
    "one number (a predicted score)":
        "un nombre (un score prédit)",
    "The fitted line turns any BMI into a predicted score. Which two numbers define it, and what do you do with "
    "the BMI?":
        "La droite ajustée transforme n'importe quel IMC en score prédit. Quels sont les deux nombres qui la "
        "définissent, et que faites-vous de l'IMC\u202f?",
    "The model is ŷ = a x + b: multiply the patient's BMI by the fitted slope `a_hat`, then add the fitted "
    "intercept `b_hat`. The function `predict` from section 2 computes this too.":
        "Le modèle est ŷ = a x + b\u202f: multipliez l'IMC du patient par la pente ajustée `a_hat`, puis "
        "ajoutez l'ordonnée à l'origine ajustée `b_hat`. La fonction `predict` de la section 2 calcule aussi "
        "cela.",
    "The prediction is the height of the fitted line at x = 32 kg/m²: slope × 32 + intercept. Like any "
    "regression line, it describes the average trend, not this one patient's future.":
        "La prédiction est la hauteur de la droite ajustée en x = 32\u202fkg/m²\u202f: pente × 32 + ordonnée à "
        "l'origine. Comme toute droite de régression, elle décrit la tendance moyenne, pas l'avenir de ce "
        "patient en particulier.",
    "`{name}` holds one value per patient (the residuals?). Combine them into one number: square them, average "
    "them, then take the square root.":
        "`{name}` contient une valeur par patient (les résidus\u202f?). Combinez-les en un seul nombre\u202f: "
        "mettez-les au carré, faites-en la moyenne, puis prenez la racine carrée.",
    "one number (an RMSE in score points)":
        "un nombre (une RMSE en points de score)",
    "You divided by n − 1 (`ddof=1`, the sample standard deviation, which pandas' `.std()` uses): accepted. The "
    "RMSE itself divides by n (the mean of the squared residuals), like NumPy's default `ddof=0`; with 442 "
    "patients the two differ by about 0.1 %.":
        "Vous avez divisé par n − 1 (`ddof=1`, l'écart-type d'échantillon, celui de `.std()` dans "
        "pandas)\u202f: c'est accepté. La RMSE elle-même divise par n (la moyenne des résidus au carré), comme "
        "`ddof=0` par défaut dans NumPy\u202f; avec 442 patients, les deux diffèrent d'environ 0,1\u202f%.",
    "`{name}` uses only the training patients of section 4. This exercise compares with the line's RMSE over "
    "all 442 patients (`y`): use the same patients.":
        "`{name}` n'utilise que les patients d'entraînement de la section 4. Cet exercice se compare à la RMSE "
        "de la droite sur les 442 patients (`y`)\u202f: prenez les mêmes patients.",
    "`{name}` uses only the test patients of section 4. This exercise compares with the line's RMSE over all "
    "442 patients (`y`): use the same patients.":
        "`{name}` n'utilise que les patients de test de la section 4. Cet exercice se compare à la RMSE de la "
        "droite sur les 442 patients (`y`)\u202f: prenez les mêmes patients.",
    "`{name}` is the mean squared error, in score²: take its square root to get points.":
        "`{name}` est l'erreur quadratique moyenne, en score²\u202f: prenez sa racine carrée pour revenir en points.",
    "`{name}` is a mean squared error (a variance), in score²: take its square root.":
        "`{name}` est une erreur quadratique moyenne (une variance), en score²\u202f: prenez sa racine carrée.",
    "`{name}` is the total squared error (the loss L): divide by the number of patients, then take the square root.":
        "`{name}` est l'erreur quadratique totale (la perte L)\u202f: divisez par le nombre de patients, puis "
        "prenez la racine carrée.",
    "`{name}` is the square root of the *total* squared error: take the mean of the squared residuals (divide "
    "by the number of patients) before the square root.":
        "`{name}` est la racine carrée de l'erreur quadratique *totale*\u202f: prenez la moyenne des résidus au "
        "carré (divisez par le nombre de patients) avant la racine carrée.",
    "`{name}` is the mean score itself, which is the baseline's prediction. Its RMSE measures how far the "
    "patients' scores lie from that prediction.":
        "`{name}` est le score moyen lui-même, c'est-à-dire la prédiction de la référence. Sa RMSE mesure à "
        "quelle distance les scores des patients se trouvent de cette prédiction.",
    "`{name}` uses the scores themselves instead of the residuals: subtract the mean score from each score first.":
        "`{name}` utilise les scores eux-mêmes au lieu des résidus\u202f: retirez d'abord le score moyen de "
        "chaque score.",
    "`{name}` is the mean absolute error (the gaps without their sign). The RMSE squares the gaps, averages "
    "them, then takes the square root.":
        "`{name}` est l'erreur absolue moyenne (les écarts sans leur signe). La RMSE met les écarts au carré, "
        "en fait la moyenne, puis prend la racine carrée.",
    "`{name}` is a mean absolute error around the median. The RMSE squares the gaps to the mean, averages, then "
    "takes the square root.":
        "`{name}` est une erreur absolue moyenne autour de la médiane. La RMSE met au carré les écarts à la "
        "moyenne, en fait la moyenne, puis prend la racine carrée.",
    "`{name}` is the error of predicting the *median* score. The baseline predicts the mean score ȳ.":
        "`{name}` est l'erreur obtenue en prédisant le score *médian*. La référence prédit le score moyen ȳ.",
    "`{name}` is the standard error of the mean (divided by √n): that measures how precisely the mean is known, "
    "not how far the patients lie from it.":
        "`{name}` est l'erreur standard de la moyenne (divisée par √n)\u202f: elle mesure la précision avec "
        "laquelle la moyenne est connue, pas la distance des patients à cette moyenne.",
    "`{name}` is the standard error of the mean (divided by √n): that measures how precisely the mean is known, "
    "not the baseline's error.":
        "`{name}` est l'erreur standard de la moyenne (divisée par √n)\u202f: elle mesure la précision avec "
        "laquelle la moyenne est connue, pas l'erreur de la référence.",
    "`{name}` is the RMSE of the BMI line. The baseline ignores BMI: it predicts the mean score for every patient.":
        "`{name}` est la RMSE de la droite de l'IMC. La référence ignore l'IMC\u202f: elle prédit le score "
        "moyen pour chaque patient.",
    "`{name}` is the MSE of the BMI line. The baseline ignores BMI: it predicts the mean score for every patient.":
        "`{name}` est la MSE de la droite de l'IMC. La référence ignore l'IMC\u202f: elle prédit le score moyen "
        "pour chaque patient.",
    "`{name}` is the line's R². The exercise asks for the baseline's RMSE, in score points.":
        "`{name}` est le R² de la droite. L'exercice demande la RMSE de la référence, en points de score.",
    "`{name}` is the test RMSE of the BMI-only model (section 4). The baseline ignores BMI.":
        "`{name}` est la RMSE de test du modèle à l'IMC seul (section 4). La référence ignore l'IMC.",
    "`{name}` is the test RMSE of the ten-feature model (section 4). The baseline uses no feature at all.":
        "`{name}` est la RMSE de test du modèle à dix variables (section 4). La référence n'utilise aucune variable.",
    "`{name}` is the spread of the BMIs. The RMSE is about the progression scores `y`.":
        "`{name}` est la dispersion des IMC. La RMSE porte sur les scores de progression `y`.",
    "`{name}` is zero: the residuals' positive and negative gaps cancel out. Square them before averaging.":
        "`{name}` vaut zéro\u202f: les écarts positifs et négatifs des résidus se compensent. Mettez-les au "
        "carré avant d'en faire la moyenne.",
    "`{name}` is negative, but an RMSE (a square root) never is.":
        "`{name}` est négatif, or une RMSE (une racine carrée) ne l'est jamais.",
    "`{name}` is negative, but an RMSE (a square root of a mean of squares) never is.":
        "`{name}` est négatif, or une RMSE (la racine carrée d'une moyenne de carrés) ne l'est jamais.",
    "`{name}` = {got} is not the RMSE of predicting the mean score for every patient yet (too large).":
        "`{name}` = {got} n'est pas encore la RMSE de la prédiction du score moyen pour chaque patient (trop grand).",
    "`{name}` = {got} is not the RMSE of predicting the mean score for every patient yet (too small).":
        "`{name}` = {got} n'est pas encore la RMSE de la prédiction du score moyen pour chaque patient (trop petit).",
    "the baseline that predicts the mean":
        "la référence qui prédit la moyenne",
    "The baseline gives every patient the same prediction, the mean score ȳ. Its residuals are each patient's "
    "score minus that mean.":
        "La référence donne la même prédiction à chaque patient\u202f: le score moyen ȳ. Ses résidus sont, pour "
        "chaque patient, son score moins cette moyenne.",
    "RMSE = the square root of the mean of the squared residuals, over all 442 patients in `y`: square the "
    "residuals, average them, then take the square root (`np.sqrt`, `np.mean`).":
        "RMSE = la racine carrée de la moyenne des résidus au carré, sur les 442 patients de `y`\u202f: mettez "
        "les résidus au carré, faites-en la moyenne, puis prenez la racine carrée (`np.sqrt`, `np.mean`).",
    "Predicting the mean for everyone leaves an error equal to the standard deviation of the scores (NumPy's "
    "`np.std(y)`). A model is useful only if it beats this baseline; the BMI line does, but not by much.":
        "Prédire la moyenne pour tout le monde laisse une erreur égale à l'écart-type des scores (`np.std(y)` "
        "dans NumPy). Un modèle n'est utile que s'il fait mieux que cette référence\u202f; la droite de l'IMC "
        "fait mieux, mais de peu.",
    "`{name}` holds {size} numbers: probably the weights of the fit. Use them to predict the test temperatures, "
    "then compute one RMSE.":
        "`{name}` contient {size} nombres\u202f: sans doute les poids de l'ajustement. Servez-vous-en pour "
        "prédire les températures de test, puis calculez une seule RMSE.",
    "`{name}` holds one value per reading (the errors, or the predictions?). Combine the errors on the test "
    "readings into one number, the RMSE.":
        "`{name}` contient une valeur par relevé (les erreurs, ou les prédictions\u202f?). Combinez les erreurs "
        "sur les relevés de test en un seul nombre, la RMSE.",
    "`{name}` holds one value per degree, like the table. Fit the chosen degree only and give its one test RMSE.":
        "`{name}` contient une valeur par degré, comme le tableau. Ajustez seulement le degré choisi et donnez "
        "sa RMSE de test, une seule.",
    "`{name}` is the test error of the constant (degree 0), the baseline. Fit the degree chosen on the "
    "validation set, `best_degree`.":
        "`{name}` est l'erreur de test de la constante (degré 0), la référence. Ajustez le degré choisi sur le "
        "jeu de validation, `best_degree`.",
    "`{name}` is the test error of degree {other}, the degree that does best on the test set. Choosing with the "
    "test set is exactly what the validation set is there to avoid: use `best_degree`.":
        "`{name}` est l'erreur de test du degré {other}, celui qui fait le mieux sur le jeu de test. Choisir "
        "avec le jeu de test, c'est justement ce que le jeu de validation permet d'éviter\u202f: utilisez "
        "`best_degree`.",
    "`{name}` is the test error of a polynomial of degree {other}, not the degree chosen on the validation set: "
    "use `best_degree`.":
        "`{name}` est l'erreur de test d'un polynôme de degré {other}, pas du degré choisi sur le jeu de "
        "validation\u202f: utilisez `best_degree`.",
    "`{name}` is the training error of a polynomial of degree {other}: fit `best_degree`, and measure on the "
    "test readings.":
        "`{name}` est l'erreur d'entraînement d'un polynôme de degré {other}\u202f: ajustez `best_degree`, et "
        "mesurez sur les relevés de test.",
    "one number (an RMSE in °C)":
        "un nombre (une RMSE en °C)",
    "`{name}` is the error on the 20 training readings, the ones the curve was fitted to. Measure it on the 100 "
    "test readings (`hours_test`, `temps_test`).":
        "`{name}` est l'erreur sur les 20 relevés d'entraînement, ceux sur lesquels la courbe a été ajustée. "
        "Mesurez-la sur les 100 relevés de test (`hours_test`, `temps_test`).",
    "`{name}` is the error on the validation readings, which chose the degree. Measure it on the 100 test "
    "readings (`hours_test`, `temps_test`).":
        "`{name}` est l'erreur sur les relevés de validation, qui ont servi à choisir le degré. Mesurez-la sur "
        "les 100 relevés de test (`hours_test`, `temps_test`).",
    "`{name}` uses all 200 held-out readings, validation included. Use only the 100 test readings "
    "(`hours_test`, `temps_test`).":
        "`{name}` utilise les 200 relevés mis de côté, validation comprise. N'utilisez que les 100 relevés de "
        "test (`hours_test`, `temps_test`).",
    "`{name}` is the mean squared error, in °C²: take its square root.":
        "`{name}` est l'erreur quadratique moyenne, en °C²\u202f: prenez sa racine carrée.",
    "`{name}` is the mean squared error on the training readings: take its square root, and measure it on the "
    "test readings.":
        "`{name}` est l'erreur quadratique moyenne sur les relevés d'entraînement\u202f: prenez sa racine "
        "carrée, et mesurez-la sur les relevés de test.",
    "`{name}` is the total squared error: divide by the number of readings, then take the square root.":
        "`{name}` est l'erreur quadratique totale\u202f: divisez par le nombre de relevés, puis prenez la "
        "racine carrée.",
    "`{name}` is the square root of the *total* squared error: average the squared errors before the square root.":
        "`{name}` est la racine carrée de l'erreur quadratique *totale*\u202f: faites la moyenne des erreurs au "
        "carré avant la racine carrée.",
    "`{name}` is the standard deviation of the errors, which first subtracts their mean. The RMSE does not: it "
    "is the square root of the mean of the squared errors.":
        "`{name}` est l'écart-type des erreurs, qui retire d'abord leur moyenne. La RMSE ne le fait pas\u202f: "
        "c'est la racine carrée de la moyenne des erreurs au carré.",
    "`{name}` is the standard deviation of the errors, which first subtracts their mean. The RMSE is the square "
    "root of the mean of the squared errors.":
        "`{name}` est l'écart-type des erreurs, qui retire d'abord leur moyenne. La RMSE est la racine carrée "
        "de la moyenne des erreurs au carré.",
    "`{name}` is the mean absolute error. The RMSE squares the errors, averages them, then takes the square root.":
        "`{name}` est l'erreur absolue moyenne. La RMSE met les erreurs au carré, en fait la moyenne, puis "
        "prend la racine carrée.",
    "`{name}` comes from a curve fitted on the test readings themselves. Fit on the 20 training readings "
    "(`hours`, `temps`), then measure on the test ones.":
        "`{name}` vient d'une courbe ajustée sur les relevés de test eux-mêmes. Ajustez sur les 20 relevés "
        "d'entraînement (`hours`, `temps`), puis mesurez sur ceux de test.",
    "`{name}` swaps the two sets: fit on the 20 training readings (`hours`, `temps`), measure on the 100 test ones.":
        "`{name}` inverse les deux jeux\u202f: ajustez sur les 20 relevés d'entraînement (`hours`, `temps`), "
        "mesurez sur les 100 relevés de test.",
    "`{name}` comes from a curve refitted on the training and validation readings together. That is done in "
    "practice, but this exercise fits on the 20 training readings only (`hours`, `temps`).":
        "`{name}` vient d'une courbe réajustée sur les relevés d'entraînement et de validation réunis. Cela se "
        "fait en pratique, mais cet exercice ajuste sur les 20 relevés d'entraînement seulement (`hours`, "
        "`temps`).",
    "`{name}` mixes two scales: weights fitted on the clock hours, used on the rescaled time t. Fit and predict "
    "with the same features.":
        "`{name}` mélange deux échelles\u202f: des poids ajustés sur les heures d'horloge, appliqués au temps "
        "remis à l'échelle t. Ajustez et prédisez avec les mêmes variables.",
    "`{name}` mixes two scales: weights fitted on the rescaled time t, used on the clock hours. Fit and predict "
    "with the same features (`predict_polynomial` does it).":
        "`{name}` mélange deux échelles\u202f: des poids ajustés sur le temps remis à l'échelle t, appliqués "
        "aux heures d'horloge. Ajustez et prédisez avec les mêmes variables (`predict_polynomial` s'en charge).",
    "`{name}` uses weights from `np.polyfit` in `predict_polynomial`: they are in the opposite order (highest "
    "power first) and on the clock hours. Use `np.polyval` with them, or `fit_polynomial`.":
        "`{name}` donne à `predict_polynomial` des poids venant de `np.polyfit`\u202f: ils sont dans l'ordre "
        "inverse (la plus haute puissance d'abord) et portent sur les heures d'horloge. Utilisez `np.polyval` "
        "avec eux, ou bien `fit_polynomial`.",
    "`{name}` rescales the test hours with their own range: both sets must be rescaled the same way (the "
    "notebook's `HOURS`), otherwise the weights no longer apply.":
        "`{name}` remet les heures de test à l'échelle avec leur propre étendue\u202f: les deux jeux doivent "
        "être remis à l'échelle de la même façon (le `HOURS` du notebook), sinon les poids ne s'appliquent "
        "plus.",
    "`{name}` is close but not exact: did you round, or change the readings or the fitted weights?":
        "`{name}` est proche mais pas exact\u202f: avez-vous arrondi, ou modifié les relevés ou les poids "
        "ajustés\u202f?",
    "`{name}` = {got} °C is not the test error of the degree chosen on the validation set yet (too large).":
        "`{name}` = {got}\u202f°C n'est pas encore l'erreur de test du degré choisi sur le jeu de validation "
        "(trop grand).",
    "`{name}` = {got} °C is not the test error of the degree chosen on the validation set yet (too small).":
        "`{name}` = {got}\u202f°C n'est pas encore l'erreur de test du degré choisi sur le jeu de validation "
        "(trop petit).",
    "the test error, measured once, of the degree chosen on validation data":
        "l'erreur de test, mesurée une seule fois, du degré choisi sur les données de validation",
    "Two steps: fit the weights of the chosen degree on the 20 training readings only, then measure the error "
    "on the 100 test readings, which nothing has used so far.":
        "Deux étapes\u202f: ajustez les poids du degré choisi sur les 20 relevés d'entraînement seulement, puis "
        "mesurez l'erreur sur les 100 relevés de test, que rien n'a encore utilisés.",
    "`fit_polynomial` takes the training hours, the training temperatures and the degree (`best_degree`), and "
    "returns the weights; `predict_polynomial` turns those weights and the test hours into predicted "
    "temperatures; `rmse` compares them with the test temperatures.":
        "`fit_polynomial` prend les heures d'entraînement, les températures d'entraînement et le degré "
        "(`best_degree`), et renvoie les poids\u202f; `predict_polynomial` transforme ces poids et les heures "
        "de test en températures prédites\u202f; `rmse` les compare aux températures de test.",
    "The training readings fit the weights, the validation readings chose the degree, and the test readings, "
    "used once, give the honest error for new readings: close to the measurement noise.":
        "Les relevés d'entraînement ajustent les poids, les relevés de validation ont choisi le degré, et les "
        "relevés de test, utilisés une seule fois, donnent l'erreur honnête sur de nouveaux relevés\u202f: "
        "proche du bruit de mesure.",
}
