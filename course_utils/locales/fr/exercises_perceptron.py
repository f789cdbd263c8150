"""French of the exercises of notebook 03 (``course_utils/exercises/perceptron.py``)."""

MESSAGES: dict[str, str] = {
    "{first} Another possibility: {second}":
        "{first} Autre possibilité\u202f: {second}",
    "`{name}` should be {kind}, but it is one number: each weight gets its own value.":
        "`{name}` doit être {kind}, mais c'est un seul nombre\u202f: chaque poids a sa propre valeur.",
    "`{name}` should be {kind}, but it is a table of shape {shape}. Give one flat list of numbers.":
        "`{name}` doit être {kind}, mais c'est un tableau de forme {shape}. Donnez une seule liste plate de nombres.",
    "`{name}` should be {kind}, but it has shape {shape} (a row or a column inside a table). Give one flat list "
    "of numbers, e.g. with `.ravel()`.":
        "`{name}` doit être {kind}, mais sa forme est {shape} (une ligne ou une colonne dans un tableau). "
        "Donnez une seule liste plate de nombres, par exemple avec `.ravel()`.",
    "`z_man` holds 4 numbers, one product w_i × x_i per input. The weighted sum z adds them up into one number.":
        "`z_man` contient 4 nombres, un produit w_i × x_i par entrée. La somme pondérée z les additionne en un "
        "seul nombre.",
    "`z_man` holds the man's 4 inputs. Multiply each by its weight and add them up.":
        "`z_man` contient les 4 entrées de l'homme. Multipliez chacune par son poids et additionnez le tout.",
    "`z_man` holds z for every row of the slides' table. Keep only the man's row (the first one): one number.":
        "`z_man` contient z pour chaque ligne du tableau des diapositives. Ne gardez que la ligne de l'homme "
        "(la première)\u202f: un seul nombre.",
    "one number (the weighted sum z)":
        "un nombre (la somme pondérée z)",
    "`z_man` misses the bias: z starts with w0 × x0, where x0 = 1 is the bias input that is always on. Put 1 in "
    "front of the man's values.":
        "`z_man` oublie le biais\u202f: z commence par w0 × x0, où x0 = 1 est l'entrée de biais, toujours "
        "allumée. Mettez 1 devant les valeurs de l'homme.",
    "`z_man` has the bias with the wrong sign: the bias w0 is added (+ w0 × 1) with its own sign, here the "
    "first weight of `w_slide`.":
        "`z_man` a le biais avec le mauvais signe\u202f: le biais w0 s'ajoute (+ w0 × 1) avec son propre signe, "
        "ici le premier poids de `w_slide`.",
    "`z_man` swaps red and white cells: w1 multiplies the red cells and w2 the white cells (the order of "
    "`x_patient`).":
        "`z_man` inverse hématies et leucocytes\u202f: w1 multiplie les hématies et w2 les leucocytes (l'ordre "
        "de `x_patient`).",
    "`z_man` is z for the woman of the worked example (second row of the table). Use the man's values: first "
    "row, sex = 1.":
        "`z_man` est le z de la femme de l'exemple traité (deuxième ligne du tableau). Prenez les valeurs de "
        "l'homme\u202f: première ligne, sexe = 1.",
    "`z_man` uses sex = 2, which codes a woman. The man has sex = 1.":
        "`z_man` utilise sexe = 2, qui code une femme. L'homme a sexe = 1.",
    "`z_man` misses the sex term: add w3 × sex, with sex = 1 for a man.":
        "`z_man` oublie le terme du sexe\u202f: ajoutez w3 × sexe, avec sexe = 1 pour un homme.",
    "`z_man` is far too large: use the values in the table's units: the counts in millions and thousands per "
    "mm³ as they are written there, e.g. 3.1 for the red cells.":
        "`z_man` est beaucoup trop grand\u202f: prenez les valeurs dans les unités du tableau, les numérations "
        "en millions et en milliers par mm³ telles qu'elles y sont écrites, par exemple 3,1 pour les hématies.",
    "`z_man` is z for another row of the slides' table. Use the man's row, the first one.":
        "`z_man` est le z d'une autre ligne du tableau des diapositives. Prenez la ligne de l'homme, la première.",
    "`z_man` lies between 0 and 1, like the neuron's output h = sigmoid(z) or a step's 0 or 1. The exercise "
    "asks for the weighted sum z itself, before the activation.":
        "`z_man` est compris entre 0 et 1, comme la sortie du neurone h = sigmoid(z) ou le 0 ou 1 d'une "
        "fonction échelon. L'exercice demande la somme pondérée z elle-même, avant l'activation.",
    "`z_man` = {got} is too large: it is not yet the weighted sum w0 × 1 + w1 × red cells + w2 × white cells + "
    "w3 × sex for the man.":
        "`z_man` = {got} est trop grand\u202f: ce n'est pas encore la somme pondérée w0 × 1 + w1 × hématies + "
        "w2 × leucocytes + w3 × sexe pour l'homme.",
    "`z_man` = {got} is too small: it is not yet the weighted sum w0 × 1 + w1 × red cells + w2 × white cells + "
    "w3 × sex for the man.":
        "`z_man` = {got} est trop petit\u202f: ce n'est pas encore la somme pondérée w0 × 1 + w1 × hématies + "
        "w2 × leucocytes + w3 × sexe pour l'homme.",
    "the weighted sum z for the man with low red cells":
        "la somme pondérée z pour l'homme aux hématies basses",
    "z is the weighted sum before any activation: each input times its weight, all added up, including the bias "
    "input x0 = 1.":
        "z est la somme pondérée avant toute activation\u202f: chaque entrée multipliée par son poids, le tout "
        "additionné, y compris l'entrée de biais x0 = 1.",
    "Build the man's input vector in the same order as `x_patient`: x0 = 1, red cells, white cells, then sex (1 "
    "for a man). Its dot product with `w_slide` (the `@` operator) is z.":
        "Construisez le vecteur d'entrée de l'homme dans le même ordre que `x_patient`\u202f: x0 = 1, hématies, "
        "leucocytes, puis sexe (1 pour un homme). Son produit scalaire avec `w_slide` (l'opérateur `@`) donne "
        "z.",
    "The bias input x0 = 1 comes first, then red cells, white cells and sex, in the order of the weights. z is "
    "large and positive, so the sigmoid gives almost 1: the alert he needs, but by luck. The same neuron gives "
    "almost 1 to the two healthy women too (section 3's table): it cannot tell anyone apart, so it is not a "
    "good neuron yet.":
        "L'entrée de biais x0 = 1 vient en premier, puis les hématies, les leucocytes et le sexe, dans l'ordre "
        "des poids. z est grand et positif, donc la sigmoïde donne presque 1\u202f: l'alerte dont il a besoin, "
        "mais par chance. Le même neurone donne aussi presque 1 aux deux femmes en bonne santé (tableau de la "
        "section 3)\u202f: il ne distingue personne, ce n'est donc pas encore un bon neurone.",
    "an array of 4 weights (w0, w1, w2, w3)":
        "un tableau de 4 poids (w0, w1, w2, w3)",
    "`{name}` holds 3 weights, but the neuron has 4: the bias weight w0 also learns. Its input is x0 = 1, the "
    "first value of `x_patient`, so it is updated like the others.":
        "`{name}` contient 3 poids, mais le neurone en a 4\u202f: le poids de biais w0 apprend lui aussi. Son "
        "entrée est x0 = 1, la première valeur de `x_patient`, il est donc mis à jour comme les autres.",
    "`{name}` holds {size} numbers, but it should be {kind}: the 4 weights of `w_slide`, each after one update.":
        "`{name}` contient {size} nombres, alors qu'il doit être {kind}\u202f: les 4 poids de `w_slide`, chacun "
        "après une mise à jour.",
    "`{name}` equals (almost) the weights before the step. Subtract α times the gradient −(y − h)·x_i, with the "
    "wanted output y = 0 (with y = 1 the weights would hardly move, since h is almost 1).":
        "`{name}` est égal (ou presque) aux poids d'avant le pas. Soustrayez α fois le gradient −(y − h)·x_i, "
        "avec la sortie voulue y = 0 (avec y = 1, les poids bougeraient à peine, puisque h vaut presque 1).",
    "`{name}` holds the gradient −(y − h)·x_i (here almost the inputs themselves), not the new weights. The new "
    "weights are the old ones minus α times this gradient.":
        "`{name}` contient le gradient −(y − h)·x_i (ici presque les entrées elles-mêmes), pas les nouveaux "
        "poids. Les nouveaux poids sont les anciens moins α fois ce gradient.",
    "`{name}` holds the inputs `x_patient`. The new weights are the old ones minus α times the gradient.":
        "`{name}` contient les entrées `x_patient`. Les nouveaux poids sont les anciens moins α fois le gradient.",
    "`{name}` moves uphill: the step was added instead of subtracted (or the gradient has the wrong sign: it is "
    "−(y − h)·x_i). The update is w − α × gradient.":
        "`{name}` monte la pente\u202f: le pas a été ajouté au lieu d'être soustrait (ou le gradient a le "
        "mauvais signe\u202f: il vaut −(y − h)·x_i). La mise à jour est w − α × gradient.",
    "`{name}` has moved far too much: the learning rate α = 0.1 is missing. Multiply the gradient by α before "
    "subtracting it.":
        "`{name}` a beaucoup trop bougé\u202f: il manque le taux d'apprentissage α = 0,1. Multipliez le "
        "gradient par α avant de le soustraire.",
    "`{name}` has moved too little: the learning rate is α = 0.1.":
        "`{name}` n'a pas assez bougé\u202f: le taux d'apprentissage est α = 0,1.",
    "`{name}` holds the change of each weight, α times the gradient with a minus sign. Add it to the weights "
    "before the step (`w_slide`).":
        "`{name}` contient la variation de chaque poids, α fois le gradient, précédée d'un signe moins. "
        "Ajoutez-la aux poids d'avant le pas (`w_slide`).",
    "`{name}` holds the step α × gradient alone. Subtract it from the weights before the step (`w_slide`).":
        "`{name}` contient le pas α × gradient seul. Soustrayez-le des poids d'avant le pas (`w_slide`).",
    "`{name}`: every weight moved by the same amount. The gradient of weight w_i is multiplied by its own input x_i.":
        "`{name}`\u202f: tous les poids ont bougé de la même quantité. Le gradient du poids w_i est multiplié "
        "par sa propre entrée x_i.",
    "`{name}` uses the weighted sum z where the output h = sigmoid(z) belongs. Pass z through the sigmoid first.":
        "`{name}` utilise la somme pondérée z là où il faut la sortie h = sigmoid(z). Passez d'abord z dans la "
        "sigmoïde.",
    "`{name}`: only the bias w0 changed. All 4 weights take a step, each with its own input.":
        "`{name}`\u202f: seul le biais w0 a changé. Les 4 poids font un pas, chacun avec sa propre entrée.",
    "`{name}` is not yet the weights after one update w_i − α × (−(y − h)·x_i), with h the sigmoid of `w_slide` "
    "· `x_patient`, y = 0 and α = 0.1.":
        "`{name}` n'est pas encore les poids après une mise à jour w_i − α × (−(y − h)·x_i), avec h la sigmoïde "
        "de `w_slide` · `x_patient`, y = 0 et α = 0,1.",
    "one learning step by hand":
        "un pas d'apprentissage à la main",
    "First compute the neuron's output h for the worked example: the sigmoid of the weighted sum of `w_slide` "
    "and `x_patient`. The gradient of each weight is then −(y − h)·x_i, with y = 0.":
        "Calculez d'abord la sortie h du neurone pour l'exemple traité\u202f: la sigmoïde de la somme pondérée "
        "de `w_slide` et `x_patient`. Le gradient de chaque poids vaut alors −(y − h)·x_i, avec y = 0.",
    "NumPy updates all 4 weights at once: the gradient is a vector (a number times `x_patient`, whose first "
    "value is the bias input x0 = 1), and the new weights are `w_slide` minus α = 0.1 times that vector.":
        "NumPy met à jour les 4 poids d'un coup\u202f: le gradient est un vecteur (un nombre multiplié par "
        "`x_patient`, dont la première valeur est l'entrée de biais x0 = 1), et les nouveaux poids sont "
        "`w_slide` moins α = 0,1 fois ce vecteur.",
    "Since h is almost 1 and y = 0, each weight drops by about 0.1 × x_i. The white-cell weight moves the most "
    "because its input (6.2) is the largest: the step is proportional to the input. The sex weight drops by "
    "about 0.2, since a woman's sex input is 2.":
        "Comme h vaut presque 1 et y = 0, chaque poids baisse d'environ 0,1 × x_i. Le poids des leucocytes "
        "bouge le plus parce que son entrée (6,2) est la plus grande\u202f: le pas est proportionnel à "
        "l'entrée. Le poids du sexe baisse d'environ 0,2, puisque l'entrée sexe d'une femme vaut 2.",
    "Your neuron computes OR: it already fires when only one input is 1. AND must stay silent then: make the "
    "bias w0 more negative, so that one input alone does not bring z up to 0.":
        "Votre neurone calcule OR (OU)\u202f: il s'active déjà quand une seule entrée vaut 1. AND doit alors "
        "rester silencieux\u202f: rendez le biais w0 plus négatif, pour qu'une entrée seule ne suffise pas à "
        "faire monter z jusqu'à 0.",
    "Your neuron computes NAND, the opposite of AND (it fires except when both inputs are 1): the signs are "
    "flipped. Change the sign of all three weights.":
        "Votre neurone calcule NAND, le contraire de AND (il s'active sauf quand les deux entrées valent "
        "1)\u202f: les signes sont inversés. Changez le signe des trois poids.",
    "Your neuron computes NOR: it fires only when both inputs are 0. The input weights w1 and w2 should be "
    "positive, so that the inputs push z up, and the bias negative.":
        "Votre neurone calcule NOR\u202f: il ne s'active que quand les deux entrées valent 0. Les poids des "
        "entrées w1 et w2 doivent être positifs, pour que les entrées fassent monter z, et le biais négatif.",
    "Your neuron never fires, not even for (1, 1). Either the bias w0 is too negative for your input weights, "
    "or w1 and w2 are not positive enough: for (1, 1), w0 + w1 + w2 must reach 0.":
        "Votre neurone ne s'active jamais, même pas pour (1, 1). Soit le biais w0 est trop négatif pour vos "
        "poids d'entrée, soit w1 et w2 ne sont pas assez positifs\u202f: pour (1, 1), w0 + w1 + w2 doit "
        "atteindre 0.",
    "Your neuron fires for all four cases, even (0, 0), where z = w0 alone. The bias must be negative (w0 = −θ: "
    "a threshold enters with a minus sign).":
        "Votre neurone s'active dans les quatre cas, même (0, 0), où z = w0 seul. Le biais doit être négatif "
        "(w0 = −θ\u202f: un seuil entre avec un signe moins).",
    "Your neuron follows x1 only and ignores x2. Both inputs need a positive weight.":
        "Votre neurone ne suit que x1 et ignore x2. Les deux entrées ont besoin d'un poids positif.",
    "Your neuron follows x2 only and ignores x1. Both inputs need a positive weight.":
        "Votre neurone ne suit que x2 et ignore x1. Les deux entrées ont besoin d'un poids positif.",
    "The exercise asks for the neuron itself: its 3 weights (w0, w1, w2), bias first.":
        "L'exercice demande le neurone lui-même\u202f: ses 3 poids (w0, w1, w2), le biais en premier.",
    "`w_and` holds the AND outputs (one per case), which the task gives. {ask}":
        "`w_and` contient les sorties de AND (une par cas), que l'énoncé donne déjà. {ask}",
    "`w_and` holds 4 outputs, and they are those of {gate}, not AND. {ask}":
        "`w_and` contient 4 sorties, et ce sont celles de {gate}, pas de AND. {ask}",
    "`w_and` holds 4 values of 0 or 1, like outputs (one per case). {ask}":
        "`w_and` contient 4 valeurs valant 0 ou 1, comme des sorties (une par cas). {ask}",
    "`w_and` holds 4 numbers between 0 and 1, like probabilities (one per case). {ask}":
        "`w_and` contient 4 nombres entre 0 et 1, comme des probabilités (une par cas). {ask}",
    "`w_and` holds 4 numbers, but a neuron with 2 inputs has 3 weights (w0, w1, w2), bias first.":
        "`w_and` contient 4 nombres, mais un neurone à 2 entrées a 3 poids (w0, w1, w2), le biais en premier.",
    "3 weights (w0, w1, w2)":
        "3 poids (w0, w1, w2)",
    "`w_and` holds 2 weights, one per input, but the bias w0 is missing: give 3 weights (w0, w1, w2), bias "
    "first, since the neuron also has the bias input x0 = 1.":
        "`w_and` contient 2 poids, un par entrée, mais il manque le biais w0\u202f: donnez 3 poids (w0, w1, "
        "w2), le biais en premier, puisque le neurone a aussi l'entrée de biais x0 = 1.",
    "`w_and` holds {size} numbers, but a neuron with 2 inputs has 3 weights (w0, w1, w2), bias first.":
        "`w_and` contient {size} nombres, mais un neurone à 2 entrées a 3 poids (w0, w1, w2), le biais en premier.",
    "One case sits exactly on the line z = 0, and the rule '≥ 0' decides it. A bias a little further from that "
    "edge gives a safety margin.":
        "Un des cas tombe exactement sur la droite z = 0, et c'est la règle «\u202f≥ 0\u202f» qui tranche. Un "
        "biais un peu plus éloigné de cette limite donne une marge de sécurité.",
    "`w_and` would work with the bias last, but the bias comes first: (w0, w1, w2), matching the input x0 = 1 "
    "in front of each row of `X1_xor`.":
        "`w_and` marcherait avec le biais en dernier, mais le biais vient en premier\u202f: (w0, w1, w2), en "
        "face de l'entrée x0 = 1 placée au début de chaque ligne de `X1_xor`.",
    "Your neuron gives the outputs ({shown}) on the cases {CASES}, but AND wants 1 only for (1, 1).":
        "Votre neurone donne les sorties ({shown}) pour les cas {CASES}, alors que AND ne veut 1 que pour (1, 1).",
    "a neuron that computes AND":
        "un neurone qui calcule AND",
    "Write z = w0 + w1·x1 + w2·x2 for the four cases (0, 0), (0, 1), (1, 0) and (1, 1). The neuron must reach z "
    "≥ 0 for (1, 1) only.":
        "Écrivez z = w0 + w1·x1 + w2·x2 pour les quatre cas (0, 0), (0, 1), (1, 0) et (1, 1). Le neurone doit "
        "atteindre z ≥ 0 pour (1, 1) seulement.",
    "Give both inputs the same positive weight, say 1: z is then w0, w0 + 1, w0 + 1 and w0 + 2. Choose the bias "
    "w0 so that only the last one is at least 0.":
        "Donnez aux deux entrées le même poids positif, disons 1\u202f: z vaut alors w0, w0 + 1, w0 + 1 et w0 + "
        "2. Choisissez le biais w0 pour que seul le dernier soit au moins égal à 0.",
    "With w1 = w2 = 1, z = w0 + x1 + x2 is 0, 1 or 2 plus the bias; any bias between -2 and -1 (here -1.5) "
    "fires only for (1, 1). Many other weights work: the line only has to cut off the corner (1, 1).":
        "Avec w1 = w2 = 1, z = w0 + x1 + x2 vaut 0, 1 ou 2 plus le biais\u202f; tout biais entre -2 et -1 (ici "
        "-1,5) ne s'active que pour (1, 1). Bien d'autres poids conviennent\u202f: la droite doit seulement "
        "isoler le coin (1, 1).",
}
