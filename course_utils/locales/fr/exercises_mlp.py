"""French of the exercises of notebook 06, le perceptron multicouche (``course_utils/exercises/mlp.py``)."""

MESSAGES: dict[str, str] = {
    # ---- exercise 1: the whole class at once
    "the whole class at once": "toute la classe d'un coup",
    "3 numbers, one science average per pupil": "un tableau de 3 nombres, une moyenne de sciences par élève",
    "3 numbers, one science average per pupil (an array of shape (3,))":
        "un tableau de 3 nombres, une moyenne de sciences par élève (de forme (3,))",
    "For Gino alone, section 1 computed his row of marks `@` `w_science`. A matrix product does the same for every "
    "row of a table at once.":
        "Pour Gino seul, la section 1 a calculé sa ligne de notes `@` `w_science`. Un produit matriciel fait la même "
        "chose pour toutes les lignes d'un tableau à la fois.",
    "`marks` is a table of 3 pupils (rows) by 7 subjects (columns): turn it into a NumPy array with "
    "`.to_numpy(dtype=float)`, then multiply it by `w_science` (7 weights) with `@`. The shapes (3, 7) and (7,) "
    "give (3,): one number per pupil.":
        "`marks` est un tableau de 3 élèves (en lignes) sur 7 matières (en colonnes)\u202f: transformez-le en tableau "
        "NumPy avec `.to_numpy(dtype=float)`, puis multipliez-le par `w_science` (7 poids) avec `@`. Les formes "
        "(3, 7) et (7,) donnent (3,)\u202f: un nombre par élève.",
    "Each row of the product is one pupil's weighted sum: the matrix product runs the science neuron on all pupils "
    "at once, which is how a layer processes a whole batch of patients.":
        "Chaque ligne du produit est la somme pondérée d'un élève\u202f: le produit matriciel applique le neurone des "
        "sciences à tous les élèves à la fois, exactement comme une couche traite tout un lot de patients.",
    "{first} and {last}": "{first} et {last}",
    "`{name}` should be {kind}, but it is a yes/no value ({value}).":
        "`{name}` doit être {kind}. Reçu\u202f: une valeur oui/non ({value}).",
    "`{name}` holds {pupil}'s average only. Use the whole `marks` table (all {n_pupils} pupils, one row each) in "
    "the matrix product, not one pupil's row.":
        "`{name}` ne contient que la moyenne de {pupil}. Utilisez tout le tableau `marks` (les {n_pupils} élèves, une "
        "ligne chacun) dans le produit matriciel, et non la ligne d'un seul élève.",
    "`{name}` is one number, but the task asks for {n_pupils} numbers: one science average per pupil. Multiply the "
    "whole `marks` table by `w_science`.":
        "`{name}` est un seul nombre, alors que l'énoncé en demande {n_pupils}\u202f: une moyenne de sciences par "
        "élève. Multipliez tout le tableau `marks` par `w_science`.",
    "`{name}` has shape {shape}: one value per pupil *and* per subject. `*` multiplies element by element; the "
    "matrix product `@` also adds the products up, giving one number per pupil.":
        "`{name}` a la forme {shape}\u202f: une valeur par élève *et* par matière. `*` multiplie élément par "
        "élément\u202f; le produit matriciel `@` additionne en plus les produits, ce qui donne un nombre par élève.",
    "`{name}` has shape {shape}: two values per pupil, as the whole layer of section 1 gives (the science neuron "
    "and the sport neuron). The task asks for the science neuron only: multiply `marks` by `w_science`.":
        "`{name}` a la forme {shape}\u202f: deux valeurs par élève, comme la couche entière de la section 1 (le "
        "neurone des sciences et celui du sport). L'énoncé ne demande que le neurone des sciences\u202f: multipliez "
        "`marks` par `w_science`.",
    "`{name}` has 2 values, like Gino's two hidden neurons in section 1 (science average and sport above 10). The "
    "task asks for one science average per pupil, {n_pupils} values: multiply the whole `marks` table by "
    "`w_science`.":
        "`{name}` a 2 valeurs, comme les deux neurones cachés de Gino dans la section 1 (moyenne de sciences, et sport "
        "au-dessus de 10). L'énoncé demande une moyenne de sciences par élève, soit {n_pupils} valeurs\u202f: "
        "multipliez tout le tableau `marks` par `w_science`.",
    "`{name}` has shape {shape}, a table with one column, but the task asks for {n_pupils} plain numbers, shape "
    "({n_pupils},). Use `w_science` as it is (a vector of shape ({n_subjects},)), or flatten your result with "
    "`.ravel()`.":
        "`{name}` a la forme {shape}, un tableau d'une seule colonne, alors que l'énoncé demande {n_pupils} nombres "
        "simples, de forme ({n_pupils},). Utilisez `w_science` tel quel (un vecteur de forme ({n_subjects},)), ou "
        "aplatissez votre résultat avec `.ravel()`.",
    "`{name}` has shape {shape}, a table with one row, but the task asks for {n_pupils} plain numbers, shape "
    "({n_pupils},). Use `w_science` as it is (a vector of shape ({n_subjects},)), or flatten your result with "
    "`.ravel()`.":
        "`{name}` a la forme {shape}, un tableau d'une seule ligne, alors que l'énoncé demande {n_pupils} nombres "
        "simples, de forme ({n_pupils},). Utilisez `w_science` tel quel (un vecteur de forme ({n_subjects},)), ou "
        "aplatissez votre résultat avec `.ravel()`.",
    "`{name}` has {n_subjects} values, one per subject. The product should add up over the subjects and give one "
    "value per pupil ({n_pupils}): put `marks` (pupils in rows) on the left of `@`.":
        "`{name}` a {n_subjects} valeurs, une par matière. Le produit doit additionner sur les matières et donner une "
        "valeur par élève ({n_pupils})\u202f: placez `marks` (les élèves en lignes) à gauche de `@`.",
    "`{name}` is the sport neuron of section 1. This exercise asks for the science neuron: use `w_science`.":
        "`{name}` est le neurone du sport de la section 1. Cet exercice demande le neurone des sciences\u202f: "
        "utilisez `w_science`.",
    "`{name}` is the average of all {n_subjects} subjects. The science neuron weighs only the four sciences: use "
    "the weights `w_science`.":
        "`{name}` est la moyenne des {n_subjects} matières. Le neurone des sciences ne pondère que les quatre matières "
        "scientifiques\u202f: utilisez les poids `w_science`.",
    "`{name}` is the *sum* of the science marks, not their average. Weights that add up to 1, like those of "
    "`w_science`, give an average.":
        "`{name}` est la *somme* des notes de sciences, et non leur moyenne. Des poids dont la somme vaut 1, comme "
        "ceux de `w_science`, donnent une moyenne.",
    "`{name}` divides the science marks by all {n_subjects} subjects. An average of four sciences divides by four: "
    "use `w_science` as it is.":
        "`{name}` divise les notes de sciences par le nombre total de matières ({n_subjects}). Une moyenne de quatre "
        "matières se divise par quatre\u202f: utilisez `w_science` tel quel.",
    "`{name}` gives the weight of a science to every subject. Sport and the languages should weigh 0: use "
    "`w_science` as it is.":
        "`{name}` donne le poids d'une matière scientifique à toutes les matières. Le sport et les langues doivent "
        "peser 0\u202f: utilisez `w_science` tel quel.",
    "`{name}` is the total of all the marks. Use the weights `w_science`, which keep only the sciences and average "
    "them.":
        "`{name}` est le total de toutes les notes. Utilisez les poids `w_science`, qui ne gardent que les sciences et "
        "en font la moyenne.",
    "`{name}` repeats {pupil}'s average for every pupil. Use the whole `marks` table in the product, one row per "
    "pupil.":
        "`{name}` répète la moyenne de {pupil} pour chaque élève. Utilisez tout le tableau `marks` dans le produit, "
        "une ligne par élève.",
    "`{name}` is the report mark of layer 2 (with the sport bonus). Keep only the science neuron: `marks` and "
    "`w_science`.":
        "`{name}` est la note de bulletin de la couche 2 (avec le bonus de sport). Ne gardez que le neurone des "
        "sciences\u202f: `marks` et `w_science`.",
    "`{name}` is rounded to whole marks. Keep the decimals: do not round the averages.":
        "`{name}` est arrondi à des notes entières. Gardez les décimales\u202f: n'arrondissez pas les moyennes.",
    "`{name}` lost its decimals (`int()`, `//` or an integer array?). Keep the averages as decimal numbers.":
        "`{name}` a perdu ses décimales (`int()`, `//` ou un tableau d'entiers\u202f?). Gardez les moyennes sous forme "
        "de nombres décimaux.",
    "`{name}` holds the right averages in the wrong order. Keep the order of the rows of `marks` ({pupils}).":
        "`{name}` contient les bonnes moyennes, mais dans le mauvais ordre. Gardez l'ordre des lignes de `marks` "
        "({pupils}).",
    "`{name}` is right for {right} but not for {wrong}. Compute all the pupils with the same matrix product of "
    "`marks` and `w_science`.":
        "`{name}` est juste pour {right}, mais faux pour {wrong}. Calculez tous les élèves avec le même produit "
        "matriciel de `marks` par `w_science`.",
    "`{name}` has values outside 0 to 20, but an average of marks out of 20 lies between 0 and 20.":
        "`{name}` a des valeurs en dehors de l'intervalle 0 à 20, alors qu'une moyenne de notes sur 20 est comprise "
        "entre 0 et 20.",
    "`{name}` does not hold the science averages yet. Each pupil's value is the weighted sum of their marks with "
    "the weights `w_science` (the bias is 0).":
        "`{name}` ne contient pas encore les moyennes de sciences. La valeur de chaque élève est la somme de ses notes "
        "pondérée par les poids `w_science` (le biais vaut 0).",

    # ---- exercise 2: how wide would a shallow network be?
    "how wide would a shallow network be?": "quelle largeur pour un réseau peu profond\u202f?",
    "a whole number of neurons": "un nombre entier de neurones",
    "First count the linear pieces of the deep sawtooth: 1 layer gives 2 pieces, 2 layers give 4, and each further "
    "layer doubles them (section 6).":
        "Comptez d'abord les morceaux linéaires de la dent de scie profonde\u202f: 1 couche donne 2 morceaux, 2 "
        "couches en donnent 4, et chaque couche supplémentaire les double (section 6).",
    "In a single hidden layer each ReLU neuron adds one kink, so every kink of the sawtooth needs its own neuron. "
    "Count the kinks of the 10-layer sawtooth, then check your rule on the tent of section 6: how many neurons does "
    "it use for its one kink? (Python writes a power as `2**k`.)":
        "Dans une seule couche cachée, chaque neurone ReLU ajoute un coude\u202f: chaque coude de la dent de scie "
        "demande donc son propre neurone. Comptez les coudes de la dent de scie à 10 couches, puis vérifiez votre "
        "règle sur la tente de la section 6\u202f: combien de neurones utilise-t-elle pour son unique coude\u202f? "
        "(Python écrit une puissance `2**k`.)",
    "The 10-layer sawtooth has 2^10 linear pieces, so 2^10 - 1 kinks. One hidden layer needs one neuron per kink, "
    "plus one that starts the first rising piece at x = 0 (as in the tent: 1 kink, 2 neurons): 2^10 neurons in all, "
    "where the deep network has 20.":
        "La dent de scie à 10 couches a 2^10 morceaux linéaires, donc 2^10 - 1 coudes. Une seule couche cachée demande "
        "un neurone par coude, plus un qui lance le premier morceau montant en x = 0 (comme la tente\u202f: 1 coude, "
        "2 neurones)\u202f: le réseau peu profond a besoin de 2^10 neurones en tout, là où le réseau profond en a 20.",
    "`{name}` counts the pieces of one layer fewer. The deep network has {depth} layers and each one doubles the "
    "pieces.":
        "`{name}` compte les morceaux d'une couche de moins. Le réseau profond a {depth} couches, et chacune double "
        "les morceaux.",
    "`{name}` counts the pieces of one layer too many. The deep network has {depth} layers and each one doubles "
    "the pieces.":
        "`{name}` compte les morceaux d'une couche de trop. Le réseau profond a {depth} couches, et chacune double "
        "les morceaux.",
    "`{name}` raises 2 to the number of neurons. The number of pieces doubles with each *layer*, not with each "
    "neuron.":
        "`{name}` élève 2 à la puissance du nombre de neurones. Le nombre de morceaux double à chaque *couche*, et non "
        "à chaque neurone.",
    "`{name}` gives one neuron to each kink of the sawtooth, but the first rising piece needs a neuron too. Look at "
    "the tent of section 6: 1 kink, yet 2 neurons.":
        "`{name}` donne un neurone à chaque coude de la dent de scie, mais le premier morceau montant a besoin d'un "
        "neurone lui aussi. Regardez la tente de la section 6\u202f: 1 coude, et pourtant 2 neurones.",
    "`{name}` counts one neuron too many. One neuron per kink, plus the one that starts the first rising piece at "
    "x = 0, is enough (the tent: 1 kink, 2 neurons).":
        "`{name}` compte un neurone de trop. Un neurone par coude, plus celui qui lance le premier morceau montant en "
        "x = 0, suffisent (la tente\u202f: 1 coude, 2 neurones).",
    "`{name}` is the number of neurons of the *deep* network ({depth} layers of 2). The question is how many a "
    "network with a single hidden layer needs to make as many pieces.":
        "`{name}` est le nombre de neurones du réseau *profond* ({depth} couches de 2). La question porte sur le "
        "nombre de neurones qu'il faut à un réseau à une seule couche cachée pour faire autant de morceaux.",
    "`{name}` starts from the neurons of the deep network. Count the linear pieces of the sawtooth instead: each "
    "layer doubles them.":
        "`{name}` part des neurones du réseau profond. Comptez plutôt les morceaux linéaires de la dent de "
        "scie\u202f: chaque couche les double.",
    "`{name}` is the number of layers of the deep network. Count the linear pieces of the sawtooth: each layer "
    "doubles them.":
        "`{name}` est le nombre de couches du réseau profond. Comptez les morceaux linéaires de la dent de "
        "scie\u202f: chaque couche les double.",
    "`{name}` adds one piece per layer, but each layer *doubles* the number of pieces: a power of 2.":
        "`{name}` ajoute un morceau par couche, alors que chaque couche *double* le nombre de morceaux\u202f: c'est "
        "une puissance de 2.",
    "`{name}` squares the number of layers. Each layer *doubles* the number of pieces: a power of 2.":
        "`{name}` élève au carré le nombre de couches. Chaque couche *double* le nombre de morceaux\u202f: c'est une "
        "puissance de 2.",
    "`{name}` = {got}, but a network needs at least one neuron.":
        "`{name}` = {got}, alors qu'un réseau a besoin d'au moins un neurone.",
    "`{name}` is too small: with that many neurons, one hidden layer cannot make as many linear pieces as the deep "
    "sawtooth.":
        "`{name}` est trop petit\u202f: avec si peu de neurones, une seule couche cachée ne peut pas faire autant de "
        "morceaux linéaires que la dent de scie profonde.",
    "`{name}` is too large: fewer neurons already draw the same sawtooth. Find the *smallest* number that works.":
        "`{name}` est trop grand\u202f: moins de neurones dessinent déjà la même dent de scie. Cherchez le *plus "
        "petit* nombre qui convient.",

    # ---- exercise 3: count the weights of the screening network
    "count the weights of the screening network": "compter les poids du réseau de dépistage",
    "a whole number (a count of weights and biases)": "un nombre entier (le nombre de poids et de biais)",
    "Section 1: a dense layer with n inputs and p neurons has n x p weights and p biases. The network "
    "8 -> 20 -> 20 -> 1 has three dense layers.":
        "Section 1\u202f: une couche dense à n entrées et p neurones a n x p poids et p biais. Le réseau "
        "8 -> 20 -> 20 -> 1 a trois couches denses.",
    "Count each dense layer on its own (8 inputs to 20 neurons, then 20 to 20, then 20 to 1) as weights plus "
    "biases, then add the three counts.":
        "Comptez chaque couche dense séparément (8 entrées vers 20 neurones, puis 20 vers 20, puis 20 vers 1), poids "
        "plus biais, puis additionnez les trois nombres obtenus.",
    "Each dense layer has n x p weights and p biases; the counts of the three layers add up. "
    "`training.count_parameters(make_screening_mlp())` gives the same number.":
        "Chaque couche dense a n x p poids et p biais\u202f; les nombres des trois couches s'additionnent. "
        "`training.count_parameters(make_screening_mlp())` donne le même nombre.",
    "`{name}` multiplies the counts of the layers. The parameters of the layers add up: use `+` between layers.":
        "`{name}` multiplie les nombres de paramètres des couches. Les paramètres des couches s'additionnent\u202f: "
        "mettez `+` entre les couches.",
    "`{name}` counts the weights but not the biases. Each neuron also has one bias.":
        "`{name}` compte les poids, mais pas les biais. Chaque neurone a aussi un biais.",
    "`{name}` gives each layer one bias. Each *neuron* has its own bias.":
        "`{name}` donne un biais à chaque couche. Chaque *neurone* a son propre biais.",
    "`{name}` forgets the bias of the output neuron. Every neuron has a bias, the output one too.":
        "`{name}` oublie le biais du neurone de sortie. Chaque neurone a un biais, celui de sortie aussi.",
    "`{name}` gives one bias per *input* of each layer. A layer has one bias per *neuron* (per output).":
        "`{name}` donne un biais par *entrée* de chaque couche. Une couche a un biais par *neurone* (par sortie).",
    "`{name}` counts only the weights of the first layer. Add its biases and the other layers.":
        "`{name}` ne compte que les poids de la première couche. Ajoutez ses biais et les autres couches.",
    "`{name}` counts only the first layer. Add the other dense layers.":
        "`{name}` ne compte que la première couche. Ajoutez les autres couches denses.",
    "`{name}` counts only the output layer (the one trained after freezing in section 10). Add the other dense "
    "layers.":
        "`{name}` ne compte que la couche de sortie (celle que l'on entraîne après avoir gelé les autres, section "
        "10). Ajoutez les autres couches denses.",
    "`{name}` multiplies the sizes of the layers together. Count each layer (weights plus biases), then add the "
    "layers.":
        "`{name}` multiplie entre elles les tailles des couches. Comptez chaque couche (poids plus biais), puis "
        "additionnez les couches.",
    "`{name}` counts the neurons (one bias each). Add their weights: each neuron has one weight per input.":
        "`{name}` compte les neurones (un biais chacun). Ajoutez leurs poids\u202f: chaque neurone a un poids par "
        "entrée.",
    "`{name}` counts the inputs and the neurons. Count the parameters: each neuron has one weight per input, and a "
    "bias.":
        "`{name}` compte les entrées et les neurones. Comptez les paramètres\u202f: chaque neurone a un poids par "
        "entrée, plus un biais.",
    "`{name}` adds the inputs and neurons of each layer. A layer with n inputs and p neurons has n *times* p "
    "weights.":
        "`{name}` additionne les entrées et les neurones de chaque couche. Une couche à n entrées et p neurones a n "
        "*fois* p poids.",
    "`{name}` adds the inputs and neurons of each layer. A layer with n inputs and p neurons has n *times* p "
    "weights, plus p biases.":
        "`{name}` additionne les entrées et les neurones de chaque couche. Une couche à n entrées et p neurones a n "
        "*fois* p poids, plus p biais.",
    "`{name}` leaves out one of the {count} dense layers of the network {network}: count them all, input to first "
    "hidden layer up to the output.":
        "`{name}` oublie une des {count} couches denses du réseau {network}\u202f: comptez-les toutes, de la couche "
        "qui relie l'entrée à la première couche cachée jusqu'à la sortie.",
    "`{name}` counts one hidden layer too many. The network {network} has {count} dense layers.":
        "`{name}` compte une couche cachée de trop. Le réseau {network} a {count} couches denses.",
    "`{name}` is the count of the big network of section 8 ({big}). This exercise asks about the screening "
    "network, {network}.":
        "`{name}` est le nombre de paramètres du grand réseau de la section 8 ({big}). Cet exercice porte sur le "
        "réseau de dépistage, {network}.",
    "`{name}` is too small. Count every dense layer: n inputs and p neurons give n x p weights and p biases; then "
    "add the layers.":
        "`{name}` est trop petit. Comptez chaque couche dense\u202f: n entrées et p neurones donnent n x p poids et p "
        "biais\u202f; puis additionnez les couches.",
    "`{name}` is too large. Count every dense layer: n inputs and p neurons give n x p weights and p biases; then "
    "add the layers (do not multiply them).":
        "`{name}` est trop grand. Comptez chaque couche dense\u202f: n entrées et p neurones donnent n x p poids et p "
        "biais\u202f; puis additionnez les couches (sans les multiplier).",
}
