"""French of the exercises of notebook 09, l'imagerie médicale (``course_utils/exercises/medical_imaging.py``).

HU is « UH » (unités Hounsfield) in French; accuracy is « exactitude » (the glossary's term); the window's level and
width are « niveau » and « largeur » (L and W in the formulas)."""

MESSAGES: dict[str, str] = {
    # ---- shared by the three exercises
    "`{name}` looks rounded (or cut with `int()`): keep all the decimals and let Python round only when it prints.":
        "`{name}` semble arrondi (ou tronqué avec `int()`)\u202f: gardez toutes les décimales, et laissez Python "
        "arrondir seulement à l'affichage.",
    "`{name}` = {got} looks like a percentage. Give a fraction between 0 and 1 (do not multiply by 100).":
        "`{name}` = {got} ressemble à un pourcentage. Donnez une fraction entre 0 et 1 (sans multiplier par 100).",
    "`{name}` = {got}, but a share of pixels lies between 0 and 1.":
        "`{name}` = {got}, or une proportion de pixels est comprise entre 0 et 1.",

    # ---- exercise 1: what a window hides
    "what a window hides": "ce que cache une fenêtre",
    "A pixel is pure white when its HU value is at or above the top of the window. Get the soft-tissue level and "
    "width from `dicom.window_preset`, then work out the top from the formula of section 2.":
        "Un pixel est blanc pur quand sa valeur en UH atteint ou dépasse la borne haute de la fenêtre. Obtenez le "
        "niveau et la largeur de la fenêtre des tissus mous avec `dicom.window_preset`, puis calculez la borne haute "
        "avec la formule de la section 2.",
    "The window is centred on the level, so its top is the level plus *half* the width. Compare `hu` with it using "
    "`>=` (a pixel exactly at the top is white too): you get an array of True/False, and its mean is the share of "
    "True.":
        "La fenêtre est centrée sur le niveau\u202f: sa borne haute est donc le niveau plus la *moitié* de la "
        "largeur. Comparez `hu` à cette borne avec `>=` (un pixel pile sur la borne est blanc lui aussi)\u202f: vous "
        "obtenez un tableau de `True`/`False`, dont la moyenne est la proportion de `True`.",
    "The window spreads [L - W/2, L + W/2] from black to white; every pixel at or above L + W/2 gets the same white, "
    "so bone and contrast-filled vessels lose all their detail in this window.":
        "La fenêtre étale [L - W/2, L + W/2] du noir au blanc\u202f; tout pixel à L + W/2 ou au-dessus reçoit le même "
        "blanc\u202f: dans cette fenêtre, l'os et les vaisseaux opacifiés par le produit de contraste perdent tous "
        "leurs détails.",
    "`white_fraction` is 0: no pixel was counted. Did you compare the displayed greys (0 to 1, after a window) with "
    "a HU value, or use the bone window? Compare the Hounsfield units of `hu` with the top of the soft-tissue "
    "window.":
        "`white_fraction` vaut 0\u202f: aucun pixel n'a été compté. Avez-vous comparé les gris affichés (de 0 à 1, "
        "après une fenêtre) à une valeur en UH, ou pris la fenêtre osseuse\u202f? Comparez les unités Hounsfield de "
        "`hu` à la borne haute de la fenêtre des tissus mous.",
    "`white_fraction` counts only the pixels strictly *above* the top of the window. A pixel exactly at the top is "
    "pure white too: use `>=` instead of `>`.":
        "`white_fraction` ne compte que les pixels strictement *au-dessus* de la borne haute de la fenêtre. Un pixel "
        "pile sur la borne est lui aussi blanc pur\u202f: prenez `>=` au lieu de `>`.",
    "`white_fraction` uses level + width as the top of the window. The window is centred on the level, so its top is "
    "only *half* a width above it.":
        "`white_fraction` prend niveau + largeur comme borne haute de la fenêtre. La fenêtre est centrée sur le "
        "niveau\u202f: sa borne haute n'est qu'à une *demi*-largeur au-dessus.",
    "`white_fraction` is the share of *black* pixels (at or below the bottom of the window, level - width/2). The "
    "question asks for the pure white ones, at or above the top.":
        "`white_fraction` est la proportion de pixels *noirs* (sur la borne basse de la fenêtre ou en dessous, "
        "niveau - largeur/2). La question porte sur les pixels blanc pur, sur la borne haute ou au-dessus.",
    "`white_fraction` is the share of *black* pixels (below the bottom of the window, level - width/2). The question "
    "asks for the pure white ones, at or above the top.":
        "`white_fraction` est la proportion de pixels *noirs* (sous la borne basse de la fenêtre, niveau - "
        "largeur/2). La question porte sur les pixels blanc pur, sur la borne haute ou au-dessus.",
    "`white_fraction` counts the pixels above the *bottom* of the window (level - width/2), where black ends. Pixels "
    "turn pure white only at the top: the level plus half the width.":
        "`white_fraction` compte les pixels au-dessus de la borne *basse* de la fenêtre (niveau - largeur/2), là où "
        "finit le noir. Les pixels ne deviennent blanc pur qu'à la borne haute\u202f: le niveau plus la moitié de la "
        "largeur.",
    "`white_fraction` looks like a percentage. Give a fraction between 0 and 1 (do not multiply by 100).":
        "`white_fraction` ressemble à un pourcentage. Donnez une fraction entre 0 et 1 (sans multiplier par 100).",
    "`white_fraction` is the share of pixels that are *not* pure white. Count those at or above the top of the "
    "window.":
        "`white_fraction` est la proportion de pixels qui ne sont *pas* blanc pur. Comptez ceux qui sont sur la borne "
        "haute de la fenêtre ou au-dessus.",
    "`white_fraction` uses the level as the threshold. The level is the *centre* of the window (mid-grey); pure "
    "white starts at the top, the level plus half the width.":
        "`white_fraction` prend le niveau comme seuil. Le niveau est le *centre* de la fenêtre (gris moyen)\u202f; le "
        "blanc pur commence à la borne haute, le niveau plus la moitié de la largeur.",
    "`white_fraction` uses half the width alone as the threshold: add the level to it (the window is centred on the "
    "level).":
        "`white_fraction` prend la moitié de la largeur seule comme seuil\u202f: ajoutez-y le niveau (la fenêtre est "
        "centrée sur le niveau).",
    "`white_fraction` uses the width as a threshold. The width is the size of the window, not a HU value: the top of "
    "the window is the level plus half the width.":
        "`white_fraction` prend la largeur comme seuil. La largeur est l'étendue de la fenêtre, et non une valeur en "
        "UH\u202f: la borne haute de la fenêtre est le niveau plus la moitié de la largeur.",
    "`white_fraction` uses the numbers stored in the file (`ct_ds.pixel_array`), which are not Hounsfield units yet. "
    "Use `hu`, the slice converted to HU.":
        "`white_fraction` part des valeurs brutes stockées dans le fichier (`ct_ds.pixel_array`), qui ne sont pas "
        "encore des unités Hounsfield. Prenez `hu`, la coupe convertie en UH.",
    "`white_fraction` was computed on the MR slice (`mr_ds`), which has no Hounsfield units. Use the CT slice `hu`.":
        "`white_fraction` a été calculé sur la coupe d'IRM (`mr_ds`), qui n'a pas d'unités Hounsfield. Prenez la "
        "coupe de scanner `hu`.",
    "`white_fraction` is the mean grey of the windowed image. The question asks for the share of pixels that are "
    "*pure* white (grey 1).":
        "`white_fraction` est le gris moyen de l'image fenêtrée. La question porte sur la proportion de pixels blanc "
        "*pur* (gris 1).",
    "`white_fraction` is a number of pixels. Divide it by the number of pixels of the slice (`hu.size`), or take the "
    "mean of the True/False array.":
        "`white_fraction` est un nombre de pixels. Divisez-le par le nombre de pixels de la coupe (`hu.size`), ou "
        "prenez la moyenne du tableau de `True`/`False`.",
    "`white_fraction` uses the lung window. The question is about the soft-tissue window, "
    "`dicom.window_preset(\"soft tissue\")`.":
        "`white_fraction` utilise la fenêtre pulmonaire. La question porte sur la fenêtre des tissus mous, "
        "`dicom.window_preset(\"soft tissue\")`.",
    "`white_fraction` uses the bone window. The question is about the soft-tissue window, "
    "`dicom.window_preset(\"soft tissue\")`.":
        "`white_fraction` utilise la fenêtre osseuse. La question porte sur la fenêtre des tissus mous, "
        "`dicom.window_preset(\"soft tissue\")`.",
    "`white_fraction` uses the liver window. The question is about the soft-tissue window, "
    "`dicom.window_preset(\"soft tissue\")`.":
        "`white_fraction` utilise la fenêtre hépatique. La question porte sur la fenêtre des tissus mous, "
        "`dicom.window_preset(\"soft tissue\")`.",
    "`white_fraction` uses the brain window. The question is about the soft-tissue window, "
    "`dicom.window_preset(\"soft tissue\")`.":
        "`white_fraction` utilise la fenêtre cérébrale. La question porte sur la fenêtre des tissus mous, "
        "`dicom.window_preset(\"soft tissue\")`.",
    "`white_fraction` uses another window ({other}). The question is about the soft-tissue window, "
    "`dicom.window_preset(\"soft tissue\")`.":
        "`white_fraction` utilise une autre fenêtre ({other}). La question porte sur la fenêtre des tissus mous, "
        "`dicom.window_preset(\"soft tissue\")`.",
    "`white_fraction` looks like a rounded percentage. Compute the fraction between 0 and 1 from `hu`, and keep all "
    "its decimals.":
        "`white_fraction` ressemble à un pourcentage arrondi. Calculez la fraction entre 0 et 1 à partir de `hu`, en "
        "gardant toutes ses décimales.",
    "`white_fraction` = {got} is not the share of pure white pixels yet (too large). Compare every value of `hu` "
    "with the top of the soft-tissue window and take the share of True.":
        "`white_fraction` = {got} n'est pas encore la proportion de pixels blanc pur (valeur trop grande). Comparez "
        "chaque valeur de `hu` à la borne haute de la fenêtre des tissus mous, puis prenez la proportion de `True`.",
    "`white_fraction` = {got} is not the share of pure white pixels yet (too small). Compare every value of `hu` "
    "with the top of the soft-tissue window and take the share of True.":
        "`white_fraction` = {got} n'est pas encore la proportion de pixels blanc pur (valeur trop petite). Comparez "
        "chaque valeur de `hu` à la borne haute de la fenêtre des tissus mous, puis prenez la proportion de `True`.",

    # ---- exercise 2: the contrast enhancement of the liver
    "the contrast enhancement of the liver": "le rehaussement du foie par le produit de contraste",
    "one number (a difference in HU)": "un nombre (une différence en UH)",
    "A mask picks pixels: `image[mask == 1]` keeps only the pixels where the mask is 1, here the liver. Use the "
    "same mask, `test.liver[0]`, on both images (same patient, same anatomy).":
        "Un masque sélectionne des pixels\u202f: `image[mask == 1]` ne garde que les pixels où le masque vaut 1, ici "
        "le foie. Appliquez le même masque, `test.liver[0]`, aux deux images (même patient, même anatomie).",
    "Take the mean of the liver pixels of `test.images[0]`, the mean of the same pixels of `test_nc.images[0]`, and "
    "subtract: enhanced minus non-contrast, in HU.":
        "Prenez la moyenne des pixels du foie sur `test.images[0]`, la moyenne des mêmes pixels sur "
        "`test_nc.images[0]`, puis faites la différence\u202f: avec contraste moins sans contraste, en UH.",
    "Iodinated contrast roughly doubles the HU of the liver in the portal-venous phase. A model that learned "
    "'bright organ' on enhanced scans loses its main cue without contrast (section 9).":
        "Au temps portal, le produit de contraste iodé double à peu près les UH du foie. Un modèle qui a appris "
        "«\u202forgane clair\u202f» sur des examens injectés perd son principal indice sans contraste (section 9).",
    "`enhancement_hu` has the wrong sign: you subtracted the contrast-enhanced mean from the non-contrast one. "
    "Compute enhanced minus non-contrast: contrast makes the liver brighter.":
        "`enhancement_hu` a le mauvais signe\u202f: vous avez soustrait la moyenne avec contraste de celle sans "
        "contraste. Calculez avec contraste moins sans contraste\u202f: le contraste rend le foie plus clair.",
    "`enhancement_hu` compares the means of the *whole* images (air, fat, bone...). Select the liver pixels first, "
    "with the mask `test.liver[0]`.":
        "`enhancement_hu` compare les moyennes des images *entières* (air, graisse, os...). Sélectionnez d'abord les "
        "pixels du foie, avec le masque `test.liver[0]`.",
    "`enhancement_hu` is a ratio. The enhancement is a *difference* in HU: subtract the two liver means.":
        "`enhancement_hu` est un rapport. Le rehaussement est une *différence* en UH\u202f: soustrayez les deux "
        "moyennes du foie.",
    "`enhancement_hu` is a ratio. The enhancement is a *difference* in HU: subtract the two liver means (enhanced "
    "minus non-contrast).":
        "`enhancement_hu` est un rapport. Le rehaussement est une *différence* en UH\u202f: soustrayez les deux "
        "moyennes du foie (avec contraste moins sans contraste).",
    "`enhancement_hu` is the mean of the liver *with* contrast only. Subtract the mean of the same pixels on the "
    "non-contrast image `test_nc.images[0]`.":
        "`enhancement_hu` est seulement la moyenne du foie *avec* contraste. Soustrayez-lui la moyenne des mêmes "
        "pixels sur l'image sans contraste `test_nc.images[0]`.",
    "`enhancement_hu` is the mean of the liver *without* contrast only. Compute the mean of the same pixels on the "
    "enhanced image `test.images[0]`, and subtract this one from it.":
        "`enhancement_hu` est seulement la moyenne du foie *sans* contraste. Calculez la moyenne des mêmes pixels sur "
        "l'image avec contraste `test.images[0]`, puis soustrayez-lui celle-ci.",
    "`enhancement_hu` multiplies the images by the mask: the pixels outside the liver become 0 but still count in "
    "the mean. Select the liver pixels instead: `image[mask == 1]` keeps only them.":
        "`enhancement_hu` multiplie les images par le masque\u202f: les pixels hors du foie passent à 0 mais comptent "
        "toujours dans la moyenne. Sélectionnez plutôt les pixels du foie\u202f: `image[mask == 1]` ne garde "
        "qu'eux.",
    "`enhancement_hu` multiplies the images by the mask (the pixels outside the liver become 0 but still count in "
    "the mean) and has the wrong sign. Select the liver pixels with `image[mask == 1]`, then compute enhanced minus "
    "non-contrast.":
        "`enhancement_hu` multiplie les images par le masque (les pixels hors du foie passent à 0 mais comptent "
        "toujours dans la moyenne) et a le mauvais signe. Sélectionnez les pixels du foie avec `image[mask == 1]`, "
        "puis calculez avec contraste moins sans contraste.",
    "`enhancement_hu` uses the livers of all the test patients. The question is about the first one only: "
    "`test.images[0]`, `test_nc.images[0]` and `test.liver[0]`.":
        "`enhancement_hu` utilise le foie de tous les patients de test. La question porte sur le premier "
        "seulement\u202f: `test.images[0]`, `test_nc.images[0]` et `test.liver[0]`.",
    "`enhancement_hu` uses the pixels *outside* the liver (mask = 0). Keep those where `test.liver[0] == 1`.":
        "`enhancement_hu` utilise les pixels *hors* du foie (masque = 0). Gardez ceux où `test.liver[0] == 1`.",
    "`enhancement_hu` compares medians. The question asks for the mean HU of the liver on each image.":
        "`enhancement_hu` compare des médianes. La question demande la moyenne des UH du foie sur chaque image.",
    "`enhancement_hu` is a median. The question asks for the difference of the mean HU of the liver on each image.":
        "`enhancement_hu` est une médiane. La question demande la différence entre les moyennes des UH du foie sur "
        "chaque image.",
    "`enhancement_hu` is a relative enhancement in %. Give the difference itself, in HU.":
        "`enhancement_hu` est un rehaussement relatif, en\u202f%. Donnez la différence elle-même, en UH.",
    "`enhancement_hu` is a relative enhancement (divided by the non-contrast mean). Give the difference itself, in "
    "HU.":
        "`enhancement_hu` est un rehaussement relatif (divisé par la moyenne sans contraste). Donnez la différence "
        "elle-même, en UH.",
    "`enhancement_hu` is a sum over the liver pixels. Take the *mean* of each image inside the liver, then "
    "subtract.":
        "`enhancement_hu` est une somme sur les pixels du foie. Prenez la *moyenne* de chaque image dans le foie, "
        "puis faites la différence.",
    "`enhancement_hu` uses the second test patient (index 1). The first one is index 0: `test.images[0]`, "
    "`test_nc.images[0]`, `test.liver[0]`.":
        "`enhancement_hu` utilise le deuxième patient de test (indice 1). Le premier a l'indice 0\u202f: "
        "`test.images[0]`, `test_nc.images[0]`, `test.liver[0]`.",
    "`enhancement_hu` looks rounded to a whole number (or cut with `int()`): keep at least one decimal.":
        "`enhancement_hu` semble arrondi à l'entier (ou tronqué avec `int()`)\u202f: gardez au moins une décimale.",
    "`enhancement_hu` = {got} HU, but contrast makes the liver *brighter*: enhanced minus non-contrast is positive.":
        "`enhancement_hu` = {got}\u202fUH, or le contraste rend le foie *plus clair*\u202f: avec contraste moins sans "
        "contraste donne un nombre positif.",
    "`enhancement_hu` = {got} HU is not the enhancement of the first patient's liver yet (too large). Take the mean "
    "of each image inside the liver mask, then subtract: enhanced minus non-contrast.":
        "`enhancement_hu` = {got}\u202fUH n'est pas encore le rehaussement du foie du premier patient (valeur trop "
        "grande). Prenez la moyenne de chaque image dans le masque du foie, puis faites la différence\u202f: avec "
        "contraste moins sans contraste.",
    "`enhancement_hu` = {got} HU is not the enhancement of the first patient's liver yet (too small). Take the mean "
    "of each image inside the liver mask, then subtract: enhanced minus non-contrast.":
        "`enhancement_hu` = {got}\u202fUH n'est pas encore le rehaussement du foie du premier patient (valeur trop "
        "petite). Prenez la moyenne de chaque image dans le masque du foie, puis faites la différence\u202f: avec "
        "contraste moins sans contraste.",

    # ---- exercise 3: accuracy vs Dice for lazy models
    "accuracy vs Dice for lazy models": "exactitude ou Dice pour des modèles paresseux",
    "The empty prediction is an array of zeros of the same shape as `test.liver[0]` (`np.zeros_like`). Accuracy is "
    "the share of pixels where prediction and truth are equal; Dice counts only the overlap with the liver.":
        "La prédiction vide est un tableau de zéros de même forme que `test.liver[0]` (`np.zeros_like`). L'exactitude "
        "est la proportion de pixels où prédiction et vérité sont égales\u202f; le Dice ne compte que le recouvrement "
        "avec le foie.",
    "For `copy_dice`, P is `test.liver[2]` and T is `test.liver[0]`. The overlap counts the pixels that are 1 in "
    "both (combine the two conditions with `&`, then `.sum()`); Dice is twice the overlap divided by the number of "
    "pixels of P plus the number of pixels of T.":
        "Pour `copy_dice`, P est `test.liver[2]` et T est `test.liver[0]`. Le recouvrement compte les pixels qui "
        "valent 1 dans les deux masques (combinez les deux conditions avec `&`, puis `.sum()`)\u202f; le Dice vaut "
        "deux fois le recouvrement, divisé par le nombre de pixels de P plus le nombre de pixels de T.",
    "The liver is a small share of the pixels, so predicting nothing is highly accurate but has Dice 0. A model that "
    "never looks at the image and copies another patient's liver still scores a fair Dice: judge a segmentation "
    "against such a baseline, not against 0.":
        "Le foie n'occupe qu'une petite partie des pixels\u202f: ne rien prédire donne une exactitude élevée, mais un "
        "Dice nul. Un modèle qui ne regarde jamais l'image et recopie le foie d'un autre patient obtient quand même un "
        "Dice honorable\u202f: jugez une segmentation par rapport à un tel modèle de référence, et non par rapport "
        "à 0.",
    "`lazy_accuracy` is 0: you counted only the liver pixels (where the empty mask is always wrong), or took the mean "
    "of the prediction itself. Accuracy compares prediction and truth on *every* pixel: the share of pixels where "
    "they are equal.":
        "`lazy_accuracy` vaut 0\u202f: vous n'avez compté que les pixels du foie (où le masque vide se trompe "
        "toujours), ou pris la moyenne de la prédiction elle-même. L'exactitude compare prédiction et vérité sur "
        "*chaque* pixel\u202f: c'est la proportion de pixels où elles sont égales.",
    "`lazy_accuracy` is 1: did you compare the empty mask with itself? Compare it with the truth, `test.liver[0]`.":
        "`lazy_accuracy` vaut 1\u202f: avez-vous comparé le masque vide à lui-même\u202f? Comparez-le à la vérité, "
        "`test.liver[0]`.",
    "`lazy_accuracy` is the share of pixels where prediction and truth *differ* (the error rate, here also the share "
    "of liver pixels). Accuracy is the share where they are *equal*.":
        "`lazy_accuracy` est la proportion de pixels où prédiction et vérité *diffèrent* (le taux d'erreur, ici "
        "aussi la proportion de pixels du foie). L'exactitude est la proportion où elles sont *égales*.",
    "`lazy_accuracy` looks like a percentage. Give a fraction between 0 and 1 (do not multiply by 100).":
        "`lazy_accuracy` ressemble à un pourcentage. Donnez une fraction entre 0 et 1 (sans multiplier par 100).",
    "`lazy_accuracy` is a number of pixels. Divide it by the number of pixels of the slice, or take the mean of the "
    "True/False array.":
        "`lazy_accuracy` est un nombre de pixels. Divisez-le par le nombre de pixels de la coupe, ou prenez la "
        "moyenne du tableau de `True`/`False`.",
    "`lazy_accuracy` uses all the test slices. The question is about the first one: `test.liver[0]`.":
        "`lazy_accuracy` utilise toutes les coupes de test. La question porte sur la première\u202f: "
        "`test.liver[0]`.",
    "`lazy_accuracy` is the accuracy of the copied outline `test.liver[{copied}]`. `lazy_accuracy` is about the "
    "empty mask.":
        "`lazy_accuracy` est l'exactitude du contour recopié `test.liver[{copied}]`. `lazy_accuracy` porte sur le "
        "masque vide.",
    "`lazy_accuracy` compares the empty mask with `test.liver[{copied}]`. The truth is the first slice, "
    "`test.liver[0]`.":
        "`lazy_accuracy` compare le masque vide à `test.liver[{copied}]`. La vérité est la première coupe, "
        "`test.liver[0]`.",
    "`lazy_accuracy` uses the second slice (index 1). The first one is `test.liver[0]`.":
        "`lazy_accuracy` utilise la deuxième coupe (indice 1). La première est `test.liver[0]`.",
    "`lazy_accuracy` holds the Dice of the copied outline: did you swap `lazy_accuracy` and `copy_dice`?":
        "`lazy_accuracy` contient le Dice du contour recopié\u202f: avez-vous inversé `lazy_accuracy` et "
        "`copy_dice`\u202f?",
    "`lazy_accuracy` = {got} is not the share of pixels where the empty mask equals the truth yet (too large).":
        "`lazy_accuracy` = {got} n'est pas encore la proportion de pixels où le masque vide est égal à la vérité "
        "(valeur trop grande).",
    "`lazy_accuracy` = {got} is not the share of pixels where the empty mask equals the truth yet (too small).":
        "`lazy_accuracy` = {got} n'est pas encore la proportion de pixels où le masque vide est égal à la vérité "
        "(valeur trop petite).",
    "`lazy_dice` is 1, the score of a perfect outline. Did you compare two empty masks (`metrics.dice` gives 1 when "
    "both are empty), the truth with itself, or compute 1 - Dice? Compare the truth `test.liver[0]` with the empty "
    "mask.":
        "`lazy_dice` vaut 1, le score d'un contour parfait. Avez-vous comparé deux masques vides (`metrics.dice` "
        "donne 1 quand les deux sont vides), la vérité à elle-même, ou calculé 1 - Dice\u202f? Comparez la vérité "
        "`test.liver[0]` au masque vide.",
    "`lazy_dice` equals the pixel accuracy. The Dice score counts only the overlap with the liver, not the "
    "background pixels: use `metrics.dice(truth, prediction)`.":
        "`lazy_dice` est égal à l'exactitude par pixel. Le score de Dice ne compte que le recouvrement avec le foie, "
        "pas les pixels du fond\u202f: appelez `metrics.dice(truth, prediction)`.",
    "`lazy_dice` is the Dice of the *background* (the pixels outside the liver). Dice is about the liver: compare "
    "`test.liver[0]` with the empty mask.":
        "`lazy_dice` est le Dice du *fond* (les pixels hors du foie). Le Dice porte sur le foie\u202f: comparez "
        "`test.liver[0]` au masque vide.",
    "`lazy_dice` holds the Dice of the copied outline: did you swap `lazy_dice` and `copy_dice`?":
        "`lazy_dice` contient le Dice du contour recopié\u202f: avez-vous inversé `lazy_dice` et `copy_dice`\u202f?",
    "`lazy_dice` = {got} is not the Dice score of the empty mask yet. How many predicted pixels overlap the liver? "
    "Use the formula above, or `metrics.dice(truth, prediction)`.":
        "`lazy_dice` = {got} n'est pas encore le score de Dice du masque vide. Combien de pixels prédits recouvrent "
        "le foie\u202f? Appliquez la formule ci-dessus, ou `metrics.dice(truth, prediction)`.",
    "`copy_dice` divides the overlap by the union of the two masks: that is the IoU (intersection over union, or "
    "Jaccard index), another score. Dice divides *twice* the overlap by the sum of the two mask sizes.":
        "`copy_dice` divise le recouvrement par la réunion des deux masques\u202f: c'est l'IoU (intersection sur "
        "union, ou indice de Jaccard), un autre score. Le Dice divise *deux fois* le recouvrement par la somme des "
        "tailles des deux masques.",
    "`copy_dice` forgets the factor 2: without it even a perfect outline would score only 0.5. Dice is 2 x overlap / "
    "(size of P + size of T).":
        "`copy_dice` oublie le facteur 2\u202f: sans lui, même un contour parfait n'obtiendrait que 0,5. Le Dice vaut "
        "2 x recouvrement / (taille de P + taille de T).",
    "`copy_dice` divides by the union of the two masks. Dice divides twice the overlap by the *sum* of the two mask "
    "sizes (the overlap is counted in both).":
        "`copy_dice` divise par la réunion des deux masques. Le Dice divise deux fois le recouvrement par la *somme* "
        "des tailles des deux masques (le recouvrement est compté dans chacune).",
    "`copy_dice` divides the overlap by the size of the true liver only: that is the sensitivity of the outline. "
    "Dice divides *twice* the overlap by the sum of both sizes.":
        "`copy_dice` divise le recouvrement par la seule taille du vrai foie\u202f: c'est la sensibilité du contour. "
        "Le Dice divise *deux fois* le recouvrement par la somme des deux tailles.",
    "`copy_dice` divides the overlap by the size of the copied outline only: that is its precision. Dice divides "
    "*twice* the overlap by the sum of both sizes.":
        "`copy_dice` divise le recouvrement par la seule taille du contour recopié\u202f: c'est sa précision (valeur "
        "prédictive positive). Le Dice divise *deux fois* le recouvrement par la somme des deux tailles.",
    "`copy_dice` is the pixel accuracy of the copied outline. The Dice score counts only the liver: 2 x overlap / "
    "(size of P + size of T).":
        "`copy_dice` est l'exactitude par pixel du contour recopié. Le score de Dice ne compte que le foie\u202f: "
        "2 x recouvrement / (taille de P + taille de T).",
    "`copy_dice` is the overlap in pixels. Dice divides twice the overlap by the sum of the two mask sizes.":
        "`copy_dice` est le recouvrement en pixels. Le Dice divise deux fois le recouvrement par la somme des tailles "
        "des deux masques.",
    "`copy_dice` is twice the overlap, in pixels: divide it by the sum of the two mask sizes.":
        "`copy_dice` est le double du recouvrement, en pixels\u202f: divisez-le par la somme des tailles des deux "
        "masques.",
    "`copy_dice` is 1 - Dice (the Dice *loss* used for training). Give the Dice score itself.":
        "`copy_dice` vaut 1 - Dice (la *perte* de Dice utilisée pour l'entraînement). Donnez le score de Dice "
        "lui-même.",
    "`copy_dice` looks like a percentage. Give a number between 0 and 1 (do not multiply by 100).":
        "`copy_dice` ressemble à un pourcentage. Donnez un nombre entre 0 et 1 (sans multiplier par 100).",
    "`copy_dice` adds the smoothing term ε = 1 of the soft Dice (it is there for training). Compute the plain Dice "
    "score of the two masks.":
        "`copy_dice` ajoute le terme de lissage ε = 1 du soft Dice (il sert à l'entraînement). Calculez le score de "
        "Dice simple des deux masques.",
    "`copy_dice` is 1, the score of a perfect outline: did you compare the truth with itself? The prediction is "
    "`test.liver[{copied}]`, the truth `test.liver[0]`.":
        "`copy_dice` vaut 1, le score d'un contour parfait\u202f: avez-vous comparé la vérité à elle-même\u202f? La "
        "prédiction est `test.liver[{copied}]`, la vérité `test.liver[0]`.",
    "`copy_dice` is 0, as if the masks did not overlap at all (that is the empty mask's Dice). The prediction is the "
    "liver of patient {copied}, `test.liver[{copied}]`.":
        "`copy_dice` vaut 0, comme si les masques ne se recouvraient pas du tout (c'est le Dice du masque vide). La "
        "prédiction est le foie du patient {copied}, `test.liver[{copied}]`.",
    "`copy_dice` uses the liver of patient 1 (`test.liver[1]`). The copied outline is `test.liver[{copied}]`.":
        "`copy_dice` utilise le foie du patient 1 (`test.liver[1]`). Le contour recopié est `test.liver[{copied}]`.",
    "`copy_dice` compares `test.liver[1]` with `test.liver[{copied}]`. The truth is the first slice, "
    "`test.liver[0]`.":
        "`copy_dice` compare `test.liver[1]` à `test.liver[{copied}]`. La vérité est la première coupe, "
        "`test.liver[0]`.",
    "`copy_dice` holds the accuracy of the empty mask: did you swap `copy_dice` and `lazy_accuracy`?":
        "`copy_dice` contient l'exactitude du masque vide\u202f: avez-vous inversé `copy_dice` et "
        "`lazy_accuracy`\u202f?",
    "`copy_dice` = {got} is not the Dice score of the copied outline yet (too large). Dice is 2 x overlap / (size of "
    "P + size of T), with P = `test.liver[{copied}]` and T = `test.liver[0]`.":
        "`copy_dice` = {got} n'est pas encore le score de Dice du contour recopié (valeur trop grande). Le Dice vaut "
        "2 x recouvrement / (taille de P + taille de T), avec P = `test.liver[{copied}]` et T = `test.liver[0]`.",
    "`copy_dice` = {got} is not the Dice score of the copied outline yet (too small). Dice is 2 x overlap / (size of "
    "P + size of T), with P = `test.liver[{copied}]` and T = `test.liver[0]`.":
        "`copy_dice` = {got} n'est pas encore le score de Dice du contour recopié (valeur trop petite). Le Dice vaut "
        "2 x recouvrement / (taille de P + taille de T), avec P = `test.liver[{copied}]` et T = `test.liver[0]`.",
}
