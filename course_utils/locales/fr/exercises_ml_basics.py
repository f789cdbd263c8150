"""French of the exercises of notebook 01 (``course_utils/exercises/ml_basics.py``)."""

MESSAGES: dict[str, str] = {
    "a table of numbers (one row per test tumour, one column per feature)":
        "un tableau de nombres (une ligne par tumeur de test, une colonne par caractéristique)",
    "`{name}` holds all {count} parts that `train_test_split` returns. Unpack them into separate names "
    "(training features, test features, training labels, test labels) and store only the test features in "
    "`{name}`.":
        "`{name}` contient les {count} parties que renvoie `train_test_split`. Répartissez-les dans des noms "
        "séparés (caractéristiques d'entraînement, caractéristiques de test, étiquettes d'entraînement, "
        "étiquettes de test) et ne gardez dans `{name}` que les caractéristiques de test.",
    "`{name}` holds one 0 or 1 per tumour: those are test *labels* (the diagnoses). Store the test *features* "
    "(the measurements) instead. `train_test_split` returns the parts in this order: training features, test "
    "features, training labels, test labels.":
        "`{name}` contient un 0 ou un 1 par tumeur\u202f: ce sont les *étiquettes* de test (les diagnostics). "
        "Gardez plutôt les *caractéristiques* de test (les mesures). `train_test_split` renvoie les parties "
        "dans cet ordre\u202f: caractéristiques d'entraînement, caractéristiques de test, étiquettes "
        "d'entraînement, étiquettes de test.",
    "`{name}` holds one 0 or 1 per tumour: those are training *labels* (the diagnoses). Store the test "
    "*features* (the measurements) instead. `train_test_split` returns the parts in this order: training "
    "features, test features, training labels, test labels.":
        "`{name}` contient un 0 ou un 1 par tumeur\u202f: ce sont les *étiquettes* d'entraînement (les "
        "diagnostics). Gardez plutôt les *caractéristiques* de test (les mesures). `train_test_split` renvoie "
        "les parties dans cet ordre\u202f: caractéristiques d'entraînement, caractéristiques de test, "
        "étiquettes d'entraînement, étiquettes de test.",
    "`{name}` holds one 0 or 1 per tumour: those are a part's *labels* (the diagnoses). Store the test "
    "*features* (the measurements) instead. `train_test_split` returns the parts in this order: training "
    "features, test features, training labels, test labels.":
        "`{name}` contient un 0 ou un 1 par tumeur\u202f: ce sont les *étiquettes* d'une des parties (les "
        "diagnostics). Gardez plutôt les *caractéristiques* de test (les mesures). `train_test_split` renvoie "
        "les parties dans cet ordre\u202f: caractéristiques d'entraînement, caractéristiques de test, "
        "étiquettes d'entraînement, étiquettes de test.",
    "`{name}` is a single number. It should be a table: one row per test tumour, one column per feature (the "
    "test part of `X`).":
        "`{name}` est un seul nombre. Il faut un tableau\u202f: une ligne par tumeur de test, une colonne par "
        "caractéristique (la partie test de `X`).",
    "`{name}` is one list of {count} numbers. It should be a table: one row per test tumour, one column per "
    "feature (the test part of `X`).":
        "`{name}` est une simple liste de {count} nombres. Il faut un tableau\u202f: une ligne par tumeur de "
        "test, une colonne par caractéristique (la partie test de `X`).",
    "`{name}` has one row per feature and one column per tumour: rows and columns are swapped. Split `X` itself "
    "(one row per tumour), without transposing it.":
        "`{name}` a une ligne par caractéristique et une colonne par tumeur\u202f: les lignes et les colonnes "
        "sont inversées. Découpez `X` lui-même (une ligne par tumeur), sans le transposer.",
    "`{name}` has one column too many: it includes the diagnosis column `malignant`. Split `X` (the features "
    "only), not the whole table `cancer`.":
        "`{name}` a une colonne de trop\u202f: elle contient la colonne du diagnostic, `malignant`. Découpez "
        "`X` (les caractéristiques seules), pas le tableau entier `cancer`.",
    "`{name}` holds all {n} tumours: nothing was kept aside. Store the test part of the split.":
        "`{name}` contient les {n} tumeurs\u202f: rien n'a été mis de côté. Gardez la partie test du découpage.",
    "`{name}` holds the *training* part (75 % of the tumours). `train_test_split` returns the parts in this "
    "order: training features, test features, training labels, test labels.":
        "`{name}` contient la partie d'*entraînement* (75\u202f% des tumeurs). `train_test_split` renvoie les "
        "parties dans cet ordre\u202f: caractéristiques d'entraînement, caractéristiques de test, étiquettes "
        "d'entraînement, étiquettes de test.",
    "`{name}` holds {rows} tumours, 75 % of the {n}: the size of a training part. The test part is the 25 % "
    "kept aside (`test_size` is the share of the *test* set).":
        "`{name}` contient {rows} tumeurs, soit 75\u202f% des {n}\u202f: la taille d'une partie d'entraînement. "
        "La partie test, ce sont les 25\u202f% mis de côté (`test_size` est la part du jeu de *test*).",
    "`{name}` holds 25 tumours: `test_size=25` (a whole number) asks for 25 tumours. Give the share as a "
    "fraction between 0 and 1.":
        "`{name}` contient 25 tumeurs\u202f: `test_size=25` (un nombre entier) demande 25 tumeurs. Donnez la "
        "part sous forme de fraction entre 0 et 1.",
    "`{name}` holds {rows} tumours, 20 % of the {n}: the share of the split above. The task asks for a test set "
    "of 25 %.":
        "`{name}` contient {rows} tumeurs, soit 20\u202f% des {n}\u202f: la part du découpage de la cellule du "
        "dessus. L'énoncé demande un jeu de test de 25\u202f%.",
    "`{name}` holds {rows} tumours, {percent} % of the {n}: the task asks for a test set of 25 %.":
        "`{name}` contient {rows} tumeurs, soit {percent}\u202f% des {n}\u202f: l'énoncé demande un jeu de test "
        "de 25\u202f%.",
    "`{name}` holds rows that are not tumours of `X`: were the measurements changed (rounded, standardised as "
    "z-scores, ...)? Split `X` itself.":
        "`{name}` contient des lignes qui ne sont pas des tumeurs de `X`\u202f: les mesures ont-elles été "
        "modifiées (arrondies, centrées-réduites en z-scores…)\u202f? Découpez `X` lui-même.",
    "`{name}` holds some rows that are not tumours of `X`. Split `X` itself, unchanged.":
        "`{name}` contient des lignes qui ne sont pas des tumeurs de `X`. Découpez `X` lui-même, sans le modifier.",
    "`{name}` holds some tumours more than once. A split cuts the table in two: each tumour lands in exactly "
    "one part.":
        "`{name}` contient certaines tumeurs plusieurs fois. Un découpage coupe le tableau en deux\u202f: "
        "chaque tumeur se retrouve dans une seule partie.",
    "(The same tumours as the course's split, in another order: fine for a test set.)":
        "(Les mêmes tumeurs que le découpage du cours, dans un autre ordre\u202f: c'est très bien pour un jeu "
        "de test.)",
    "`{name}` holds the first tumours of the table, in order. `train_test_split` shuffles the rows before "
    "cutting; a slice of `X` does not.":
        "`{name}` contient les premières tumeurs du tableau, dans l'ordre. `train_test_split` mélange les "
        "lignes avant de couper\u202f; une tranche de `X` ne le fait pas.",
    "`{name}` holds the last tumours of the table, in order: the rows were not shuffled. Let `train_test_split` "
    "shuffle them (leave out `shuffle=False`).":
        "`{name}` contient les dernières tumeurs du tableau, dans l'ordre\u202f: les lignes n'ont pas été "
        "mélangées. Laissez `train_test_split` les mélanger (retirez `shuffle=False`).",
    "`{name}` comes from the shuffle of the split above (`random_state=42`). Use the seed the task asks for, "
    "`random_state=0`, so that everyone gets the same split.":
        "`{name}` vient du mélange du découpage de la cellule du dessus (`random_state=42`). Prenez la graine "
        "demandée par l'énoncé, `random_state=0`, pour que tout le monde obtienne le même découpage.",
    "`{name}` comes from a split that is not stratified: add `stratify=y` so that both parts keep the same "
    "share of malignant tumours.":
        "`{name}` vient d'un découpage non stratifié\u202f: ajoutez `stratify=y` pour que les deux parties "
        "gardent la même part de tumeurs malignes.",
    "`{name}` comes from a split that is not stratified, with the seed of the split above. Add `stratify=y` and "
    "use `random_state=0`.":
        "`{name}` vient d'un découpage non stratifié, avec la graine du découpage de la cellule du dessus. "
        "Ajoutez `stratify=y` et prenez `random_state=0`.",
    "`{name}` has a share of malignant tumours that differs from the whole table's: the split is not "
    "stratified. Add `stratify=y`, and use `random_state=0`.":
        "`{name}` a une part de tumeurs malignes différente de celle du tableau entier\u202f: le découpage "
        "n'est pas stratifié. Ajoutez `stratify=y`, et prenez `random_state=0`.",
    "`{name}` holds tumours of `X`, but not those of the split asked for: check `test_size`, `stratify=y` and "
    "`random_state=0`.":
        "`{name}` contient des tumeurs de `X`, mais pas celles du découpage demandé\u202f: vérifiez "
        "`test_size`, `stratify=y` et `random_state=0`.",
    "a 25 % test set":
        "un jeu de test de 25\u202f%",
    "Use `train_test_split` as in the cell above, with the share and the seed that the task asks for. Give the "
    "parts it returns new names, so that `X_train` and `X_test` keep their values.":
        "Utilisez `train_test_split` comme dans la cellule du dessus, avec la part et la graine demandées par "
        "l'énoncé. Donnez de nouveaux noms aux parties qu'il renvoie, pour que `X_train` et `X_test` gardent "
        "leurs valeurs.",
    "`train_test_split(X, y, ...)` returns four parts in this order: training features, test features, training "
    "labels, test labels. Set `test_size` to the test share as a fraction, `stratify=y` and `random_state=0`, "
    "and keep the second part in `X_test_25`.":
        "`train_test_split(X, y, ...)` renvoie quatre parties dans cet ordre\u202f: caractéristiques "
        "d'entraînement, caractéristiques de test, étiquettes d'entraînement, étiquettes de test. Réglez "
        "`test_size` sur la part du test (une fraction), `stratify=y` et `random_state=0`, et gardez la "
        "deuxième partie dans `X_test_25`.",
    "`test_size` is the share kept for testing, `stratify=y` keeps the same share of cancers in both parts, and "
    "`random_state` fixes the shuffle so that everyone gets the same split.":
        "`test_size` est la part gardée pour le test, `stratify=y` garde la même part de cancers dans les deux "
        "parties, et `random_state` fixe le mélange pour que tout le monde obtienne le même découpage.",
    "`{name}` is counted on the *training* tumours. Use the test set: `X_test` and `y_test`.":
        "`{name}` est compté sur les tumeurs d'*entraînement*. Prenez le jeu de test\u202f: `X_test` et `y_test`.",
    "`{name}` is the count of another method ({label}). Use `models[\"decision tree\"]`.":
        "`{name}` est le décompte d'une autre méthode ({label}). Prenez `models[\"decision tree\"]`.",
    "`tree_tp` counts the cancers the tree called *benign*: those are the false negatives. True positives are "
    "real cancers (`y_test == 1`) predicted malignant (1).":
        "`tree_tp` compte les cancers que l'arbre a classés *bénins*\u202f: ce sont les faux négatifs. Les "
        "vrais positifs sont les vrais cancers (`y_test == 1`) prédits malins (1).",
    "`tree_tp` counts every tumour the tree called malignant, benign ones included. Keep only the real cancers "
    "(`y_test == 1`).":
        "`tree_tp` compte toutes les tumeurs que l'arbre a classées malignes, bénignes comprises. Ne gardez que "
        "les vrais cancers (`y_test == 1`).",
    "`tree_tp` counts all the cancers of the test set. Keep only those the tree predicted malignant (1).":
        "`tree_tp` compte tous les cancers du jeu de test. Ne gardez que ceux que l'arbre a prédits malins (1).",
    "`tree_tp` counts the benign tumours called benign (true negatives). The positive class is malignant (1).":
        "`tree_tp` compte les tumeurs bénignes classées bénignes (vrais négatifs). La classe positive est "
        "«\u202fmaligne\u202f» (1).",
    "`tree_tp` counts every correct prediction. Keep only the real cancers predicted malignant.":
        "`tree_tp` compte toutes les prédictions justes. Ne gardez que les vrais cancers prédits malins.",
    "`tree_fn` counts the cancers the tree called *malignant*: those are the true positives. False negatives "
    "are real cancers (`y_test == 1`) predicted benign (0).":
        "`tree_fn` compte les cancers que l'arbre a classés *malins*\u202f: ce sont les vrais positifs. Les "
        "faux négatifs sont les vrais cancers (`y_test == 1`) prédits bénins (0).",
    "`tree_fn` counts the benign tumours called malignant: those are the false *positives*. False negatives are "
    "real cancers (`y_test == 1`) predicted benign (0).":
        "`tree_fn` compte les tumeurs bénignes classées malignes\u202f: ce sont les faux *positifs*. Les faux "
        "négatifs sont les vrais cancers (`y_test == 1`) prédits bénins (0).",
    "`tree_fn` counts every tumour the tree called benign, benign ones included. Keep only the real cancers "
    "(`y_test == 1`).":
        "`tree_fn` compte toutes les tumeurs que l'arbre a classées bénignes, bénignes comprises. Ne gardez que "
        "les vrais cancers (`y_test == 1`).",
    "`tree_fn` counts the benign tumours called benign (true negatives). False negatives are real cancers "
    "predicted benign.":
        "`tree_fn` compte les tumeurs bénignes classées bénignes (vrais négatifs). Les faux négatifs sont les "
        "vrais cancers prédits bénins.",
    "`tree_fn` counts every error, false alarms included. Keep only the real cancers predicted benign.":
        "`tree_fn` compte toutes les erreurs, fausses alertes comprises. Ne gardez que les vrais cancers "
        "prédits bénins.",
    "`tree_sensitivity` looks like a percentage. Give a fraction between 0 and 1 (do not multiply by 100).":
        "`tree_sensitivity` ressemble à un pourcentage. Donnez une fraction entre 0 et 1 (sans multiplier par 100).",
    "`tree_sensitivity` is the share of cancers *missed*, FN / (TP + FN). Sensitivity is the share of cancers "
    "*caught*: TP / (TP + FN).":
        "`tree_sensitivity` est la part des cancers *manqués*, FN / (TP + FN). La sensibilité est la part des "
        "cancers *détectés*\u202f: TP / (TP + FN).",
    "`tree_sensitivity` is the *specificity*: the share of benign tumours correctly left alone. Sensitivity "
    "looks at the real cancers only: TP / (TP + FN).":
        "`tree_sensitivity` est la *spécificité*\u202f: la part des tumeurs bénignes laissées tranquilles à "
        "juste titre. La sensibilité ne regarde que les vrais cancers\u202f: TP / (TP + FN).",
    "`tree_sensitivity` divides TP by all the tumours called malignant, TP + FP: that is the precision "
    "(positive predictive value). Sensitivity divides by all the real cancers, TP + FN.":
        "`tree_sensitivity` divise TP par toutes les tumeurs classées malignes, TP + FP\u202f: c'est la "
        "précision (valeur prédictive positive). La sensibilité divise par tous les vrais cancers, TP + FN.",
    "`tree_sensitivity` is the *accuracy*: the share of all test tumours classified correctly. Sensitivity "
    "looks at the real cancers only: TP / (TP + FN).":
        "`tree_sensitivity` est l'*exactitude* (accuracy)\u202f: la part de toutes les tumeurs de test bien "
        "classées. La sensibilité ne regarde que les vrais cancers\u202f: TP / (TP + FN).",
    "`tree_sensitivity` is the share of tumours called benign that are benign (negative predictive value). "
    "Sensitivity is TP / (TP + FN).":
        "`tree_sensitivity` est la part des tumeurs classées bénignes qui sont bien bénignes (valeur prédictive "
        "négative). La sensibilité vaut TP / (TP + FN).",
    "`tree_sensitivity` divides TP by all the test tumours. Divide by the real cancers only, TP + FN.":
        "`tree_sensitivity` divise TP par toutes les tumeurs de test. Divisez seulement par les vrais cancers, "
        "TP + FN.",
    "`tree_sensitivity` divides TP by FN alone. The denominator is all the real cancers: TP + FN.":
        "`tree_sensitivity` divise TP par FN seul. Le dénominateur, ce sont tous les vrais cancers\u202f: TP + FN.",
    "`tree_sensitivity` divides FN by TP. Sensitivity is TP / (TP + FN).":
        "`tree_sensitivity` divise FN par TP. La sensibilité vaut TP / (TP + FN).",
    "`tree_sensitivity` adds the false positives to the denominator. Divide TP by TP + FN only.":
        "`tree_sensitivity` ajoute les faux positifs au dénominateur. Divisez TP par TP + FN seulement.",
    "`tree_sensitivity` is the F1 score, which mixes sensitivity and precision. Sensitivity is TP / (TP + FN).":
        "`tree_sensitivity` est le score F1, qui mélange sensibilité et précision. La sensibilité vaut TP / (TP "
        "+ FN).",
    "`tree_sensitivity` is 0. If you used `//` (whole-number division, which rounds down), use `/`.":
        "`tree_sensitivity` vaut 0. Si vous avez utilisé `//` (la division entière, qui arrondit vers le bas), "
        "utilisez `/`.",
    "`tree_sensitivity` is 1, as if no cancer were missed. Is FN in the denominator, and does it count the real "
    "cancers predicted benign?":
        "`tree_sensitivity` vaut 1, comme si aucun cancer n'était manqué. FN est-il bien au dénominateur, et "
        "compte-t-il les vrais cancers prédits bénins\u202f?",
    "`tree_sensitivity` is the count TP itself. Divide it by TP + FN.":
        "`tree_sensitivity` est le décompte TP lui-même. Divisez-le par TP + FN.",
    "`tree_sensitivity` is the sensitivity of another method ({label}). Use `models[\"decision tree\"]`.":
        "`tree_sensitivity` est la sensibilité d'une autre méthode ({label}). Prenez `models[\"decision tree\"]`.",
    "`{name}` = {got}, but a count of tumours cannot be negative.":
        "`{name}` = {got}, or un nombre de tumeurs ne peut pas être négatif.",
    "`{name}` = {got} is not the number of {what} yet (too many).":
        "`{name}` = {got} n'est pas encore le nombre de {what} (trop grand).",
    "`{name}` = {got} is not the number of {what} yet (too few).":
        "`{name}` = {got} n'est pas encore le nombre de {what} (trop petit).",
    "a whole number (a count of tumours)":
        "un nombre entier (un nombre de tumeurs)",
    "test cancers the tree predicted malignant":
        "cancers du jeu de test que l'arbre a prédits malins",
    "test cancers the tree predicted benign":
        "cancers du jeu de test que l'arbre a prédits bénins",
    "`tree_sensitivity` is close, but rounded (or read from the rounded `scores` table). Store the value "
    "computed from your counts, without rounding.":
        "`tree_sensitivity` est proche, mais arrondie (ou lue dans le tableau arrondi `scores`). Gardez la "
        "valeur calculée à partir de vos décomptes, sans arrondir.",
    "`tree_sensitivity` = {got}, but a sensitivity is a share of cancers: between 0 and 1.":
        "`tree_sensitivity` = {got}, or une sensibilité est une part de cancers\u202f: entre 0 et 1.",
    "`tree_sensitivity` = {got} is not TP / (TP + FN) for the decision tree yet (too large).":
        "`tree_sensitivity` = {got} n'est pas encore TP / (TP + FN) pour l'arbre de décision (trop grand).",
    "`tree_sensitivity` = {got} is not TP / (TP + FN) for the decision tree yet (too small).":
        "`tree_sensitivity` = {got} n'est pas encore TP / (TP + FN) pour l'arbre de décision (trop petit).",
    "sensitivity by hand":
        "la sensibilité à la main",
    "Sensitivity only looks at the real cancers (`y_test == 1`): how many did the tree call malignant (TP), how "
    "many benign (FN)?":
        "La sensibilité ne regarde que les vrais cancers (`y_test == 1`)\u202f: combien l'arbre en a-t-il "
        "classés malins (TP), combien bénins (FN)\u202f?",
    "Get the tree's test predictions with the `.predict` method of `models[\"decision tree\"]` on `X_test`. "
    "Combine two conditions with `&` (each in brackets) and count the `True` values with `np.sum`. Then divide "
    "TP by TP + FN.":
        "Obtenez les prédictions de l'arbre sur le jeu de test avec la méthode `.predict` de `models[\"decision "
        "tree\"]` appliquée à `X_test`. Combinez deux conditions avec `&` (chacune entre parenthèses) et "
        "comptez les valeurs `True` avec `np.sum`. Divisez ensuite TP par TP + FN.",
    "A true positive is a real cancer (`y_test == 1`) predicted malignant; a false negative, a real cancer "
    "predicted benign. Their sum is all the cancers, so TP / (TP + FN) is the share caught.":
        "Un vrai positif est un vrai cancer (`y_test == 1`) prédit malin\u202f; un faux négatif, un vrai cancer "
        "prédit bénin. Leur somme donne tous les cancers, donc TP / (TP + FN) est la part des cancers détectés.",
    "a matrix of 0s and 1s (one row per word, one column per vocabulary entry)":
        "une matrice de 0 et de 1 (une ligne par mot, une colonne par mot du vocabulaire)",
    "`{name}` holds the words themselves (text). Encode each word as a row of numbers: zeros, with a single 1 "
    "in the column of that word in `vocabulary`.":
        "`{name}` contient les mots eux-mêmes (du texte). Codez chaque mot par une ligne de nombres\u202f: des "
        "zéros, avec un seul 1 dans la colonne de ce mot dans `vocabulary`.",
    "`{name}` is a single number. Each word of the note becomes a row of {size} numbers, one per entry of "
    "`vocabulary`.":
        "`{name}` est un seul nombre. Chaque mot de la note devient une ligne de {size} nombres, un par mot de "
        "`vocabulary`.",
    "`{name}` holds the words' positions in `vocabulary` (labels), not one-hot vectors. Turn each position into "
    "a row of {size} zeros with a single 1 at that position.":
        "`{name}` contient les positions des mots dans `vocabulary` (des indices), pas des vecteurs one-hot. "
        "Transformez chaque position en une ligne de {size} zéros avec un seul 1 à cette position.",
    "`{name}` holds one number per word. Each word should become a row of {size} numbers (a one-hot vector), "
    "one per entry of `vocabulary`.":
        "`{name}` contient un nombre par mot. Chaque mot doit devenir une ligne de {size} nombres (un vecteur "
        "one-hot), un par mot de `vocabulary`.",
    "`{name}` counts each vocabulary word in the note (a *bag of words*): one row for the whole note. A one-hot "
    "encoding keeps one row per word, in the note's order.":
        "`{name}` compte chaque mot du vocabulaire dans la note (un *sac de mots*)\u202f: une seule ligne pour "
        "toute la note. Un encodage one-hot garde une ligne par mot, dans l'ordre de la note.",
    "`{name}` is a single row of {count} numbers. It should be a matrix: one row per word of the note, one "
    "column per entry of `vocabulary`.":
        "`{name}` est une seule ligne de {count} nombres. Il faut une matrice\u202f: une ligne par mot de la "
        "note, une colonne par mot de `vocabulary`.",
    "`{name}` has one row per vocabulary entry and one column per word: rows and columns are swapped (transpose "
    "it with `.T`). A sentence is a matrix of words × vocabulary size.":
        "`{name}` a une ligne par mot du vocabulaire et une colonne par mot de la note\u202f: les lignes et les "
        "colonnes sont inversées (transposez-le avec `.T`). Une phrase est une matrice nombre de mots × taille "
        "du vocabulaire.",
    "`{name}` encodes the sentence of the cell above (\"{sentence}\"). Encode the note \"{note}\".":
        "`{name}` code la phrase de la cellule du dessus (\"{sentence}\"). Codez la note \"{note}\".",
    "`{name}` has {rows} rows: it needs one row per word of the note \"{note}\".":
        "`{name}` a {rows} lignes\u202f: il faut une ligne par mot de la note \"{note}\".",
    "`{name}` has one column too many: it needs one column per entry of `vocabulary`. Positions in a Python "
    "list count from 0 (the first word is at position 0).":
        "`{name}` a une colonne de trop\u202f: il faut une colonne par mot de `vocabulary`. Les positions dans "
        "une liste Python se comptent à partir de 0 (le premier mot est à la position 0).",
    "`{name}` has {columns} columns: it needs one column per entry of the course's `vocabulary` ({size} words), "
    "in that list's order, even for words the note does not use.":
        "`{name}` a {columns} colonnes\u202f: il faut une colonne par mot du `vocabulary` du cours ({size} "
        "mots), dans l'ordre de cette liste, même pour les mots que la note n'utilise pas.",
    "`{name}` holds numbers other than 0 and 1. A one-hot vector is all zeros except a single 1.":
        "`{name}` contient d'autres nombres que 0 et 1. Un vecteur one-hot ne contient que des zéros, sauf un seul 1.",
    "`{name}` has a row with no 1 at all. Each word's row has exactly one 1, in the column of that word.":
        "`{name}` a une ligne sans aucun 1. La ligne de chaque mot a exactement un 1, dans la colonne de ce mot.",
    "`{name}` marks all the words of the note on every row (a bag of words, repeated). Each row is one word: a "
    "single 1, in the column of that word.":
        "`{name}` marque tous les mots de la note sur chaque ligne (un sac de mots, répété). Chaque ligne est "
        "un mot\u202f: un seul 1, dans la colonne de ce mot.",
    "`{name}` has a row with more than one 1. Each row is one word: a single 1, in the column of that word.":
        "`{name}` a une ligne avec plus d'un 1. Chaque ligne est un mot\u202f: un seul 1, dans la colonne de ce mot.",
    "`{name}` has the right columns, but its rows are not in the note's order. Row 1 is the first word of "
    "\"{note}\", row 2 the second, row 3 the third.":
        "`{name}` a les bonnes colonnes, mais ses lignes ne suivent pas l'ordre de la note. La ligne 1 est le "
        "premier mot de \"{note}\", la ligne 2 le deuxième, la ligne 3 le troisième.",
    "`{name}` has each 1 one column too far to the right. Positions in a Python list count from 0: the first "
    "entry of `vocabulary` is column 0.":
        "`{name}` a chaque 1 une colonne trop à droite. Les positions dans une liste Python se comptent à "
        "partir de 0\u202f: le premier mot de `vocabulary` est la colonne 0.",
    "`{name}` has each 1 one column too far to the left. Positions in a Python list count from 0: the first "
    "entry of `vocabulary` is column 0.":
        "`{name}` a chaque 1 une colonne trop à gauche. Les positions dans une liste Python se comptent à "
        "partir de 0\u202f: le premier mot de `vocabulary` est la colonne 0.",
    "`{name}` has a single 1 per row, but not in the column of its word. The column is the word's position in "
    "the course's `vocabulary`, in that list's order.":
        "`{name}` a un seul 1 par ligne, mais pas dans la colonne de son mot. La colonne est la position du mot "
        "dans le `vocabulary` du cours, dans l'ordre de cette liste.",
    "one-hot encode a sentence":
        "coder une phrase en one-hot",
    "Do as the cell above did for its sentence: cut the note into words, find each word's position in "
    "`vocabulary`, then turn each position into a one-hot row.":
        "Faites comme la cellule du dessus pour sa phrase\u202f: découpez la note en mots, trouvez la position "
        "de chaque mot dans `vocabulary`, puis transformez chaque position en une ligne one-hot.",
    "`.split()` cuts a text into words and `vocabulary.index(word)` gives a word's position. The rows of the "
    "identity matrix `np.eye(n)` are one-hot vectors: indexing it with a list of positions picks one row per "
    "word, in order.":
        "`.split()` découpe un texte en mots et `vocabulary.index(word)` donne la position d'un mot. Les lignes "
        "de la matrice identité `np.eye(n)` sont des vecteurs one-hot\u202f: l'indexer avec une liste de "
        "positions prend une ligne par mot, dans l'ordre.",
    "Row i of the identity matrix has its single 1 in column i, so picking the rows at the words' positions "
    "gives one one-hot row per word, in the note's order.":
        "La ligne i de la matrice identité a son unique 1 dans la colonne i\u202f: prendre les lignes aux "
        "positions des mots donne donc une ligne one-hot par mot, dans l'ordre de la note.",
}
