"""French of the exercises of notebook 07, les réseaux de neurones convolutifs (``course_utils/exercises/cnn.py``).

A kernel is « noyau », a filter « filtre », the stride « pas », the padding « marge » (of zeros), the receptive
field « champ récepteur », the jump « saut » and a feature map « carte de caractéristiques »; max pooling keeps its
English name, as in French courses."""

MESSAGES: dict[str, str] = {
    # ---- shared by the exercises
    "Give a single number.": "Donnez un seul nombre.",
    "`{name}` should be {kind}, but it is {received}. {several}":
        "`{name}` doit être {kind}, or c'est {received}. {several}",
    "one whole number (a width in pixels)": "un nombre entier (une largeur en pixels)",
    "one whole number (a count of parameters)": "un nombre entier (un nombre de paramètres)",

    # ---- exercise 1: output sizes
    "output sizes": "tailles de sortie",
    "Give a single number: the width of the output (in a shape such as (batch, channels, height, width), the last "
    "number).":
        "Donnez un seul nombre\u202f: la largeur de la sortie (dans une forme telle que (lot, canaux, hauteur, "
        "largeur), le dernier nombre).",
    "`{name}` has decimals, but a width counts whole pixels. The formula rounds *down* after dividing by the stride: "
    "use `//` (floor division) instead of `/`.":
        "`{name}` a des décimales, or une largeur se compte en pixels entiers. La formule arrondit *vers le bas* "
        "après la division par le pas\u202f: prenez `//` (division entière) au lieu de `/`.",
    "`{name}` looks like the answer to the other part of the exercise: did you swap `{name}` and `{other}`?":
        "`{name}` ressemble à la réponse de l'autre partie de l'exercice\u202f: auriez-vous inversé `{name}` et "
        "`{other}`\u202f?",
    "`{name}` = {got}, but an output is at least 1 pixel wide.":
        "`{name}` = {got}, or une sortie fait au moins 1 pixel de large.",
    "`{name}` = {got} is not the output width yet (too large). Use the formula of section 3: padding on both sides, "
    "minus the kernel, divided by the stride (rounded down), plus 1.":
        "`{name}` = {got} n'est pas encore la largeur de sortie (valeur trop grande). Appliquez la formule de la "
        "section 3\u202f: la marge des deux côtés, moins le noyau, divisé par le pas (arrondi vers le bas), plus 1.",
    "`{name}` = {got} is not the output width yet (too small). Use the formula of section 3: padding on both sides, "
    "minus the kernel, divided by the stride (rounded down), plus 1.":
        "`{name}` = {got} n'est pas encore la largeur de sortie (valeur trop petite). Appliquez la formule de la "
        "section 3\u202f: la marge des deux côtés, moins le noyau, divisé par le pas (arrondi vers le bas), plus 1.",
    "`ct_out` has decimals: you divided with `/`. A width counts whole pixels and the formula rounds *down*: use "
    "`//` (floor division).":
        "`ct_out` a des décimales\u202f: vous avez divisé avec `/`. Une largeur se compte en pixels entiers et la "
        "formule arrondit *vers le bas*\u202f: prenez `//` (division entière).",
    "`ct_out` is one pixel too many: you rounded the division *up*. The formula rounds down (`//` in Python).":
        "`ct_out` a un pixel de trop\u202f: vous avez arrondi la division *vers le haut*. La formule arrondit vers le "
        "bas (`//` en Python).",
    "`ct_out` leaves out the padding: the CT slice gets 2 rings of zeros, which add 2 pixels on *each* side before "
    "the kernel slides.":
        "`ct_out` oublie la marge\u202f: la coupe de scanner reçoit 2 couronnes de zéros, qui ajoutent 2 pixels de "
        "*chaque* côté avant que le noyau ne glisse.",
    "`ct_out` is one pixel short: did you add the padding on one side only, or forget the +1 at the end (it counts "
    "the kernel's first position)?":
        "`ct_out` a un pixel de moins\u202f: avez-vous ajouté la marge d'un seul côté, ou oublié le +1 final (il "
        "compte la première position du noyau)\u202f?",
    "`ct_out` forgets the stride: with stride 2 the kernel jumps 2 pixels at a time, so divide by the stride "
    "(rounding down) before adding 1.":
        "`ct_out` oublie le pas\u202f: avec un pas de 2, le noyau avance de 2 pixels à chaque fois\u202f; divisez donc "
        "par le pas (en arrondissant vers le bas) avant d'ajouter 1.",
    "`ct_out` forgets the stride (divide by it, rounding down) and the +1 at the end.":
        "`ct_out` oublie le pas (divisez par lui, en arrondissant vers le bas) et le +1 final.",
    "`ct_out` forgets to subtract the kernel size: the 5 x 5 kernel must fit inside the padded image.":
        "`ct_out` oublie de soustraire la taille du noyau\u202f: le noyau 5 x 5 doit tenir dans l'image complétée "
        "par sa marge.",
    "`ct_out` looks like the number of pixels of the output (width x height). Give the width only.":
        "`ct_out` ressemble au nombre de pixels de la sortie (largeur x hauteur). Donnez seulement la largeur.",
    "`uneven_out` pads the grid a second time: the 7 x 7 grid already holds its zeros, so the padding is 0 here.":
        "`uneven_out` ajoute une marge une seconde fois\u202f: la grille 7 x 7 contient déjà ses zéros, la marge vaut "
        "donc 0 ici.",
    "`uneven_out` is one pixel short: did you forget the +1 at the end of the formula (it counts the kernel's first "
    "position), or use the 4 x 4 grid of section 3 with padding 1? Here the grid is the 7 x 7 one, already padded.":
        "`uneven_out` a un pixel de moins\u202f: avez-vous oublié le +1 à la fin de la formule (il compte la première "
        "position du noyau), ou pris la grille 4 x 4 de la section 3 avec une marge de 1\u202f? Ici, la grille est "
        "celle de 7 x 7, déjà complétée par sa marge.",
    "`uneven_out` uses the 4 x 4 grid before padding. Exercise 1 (b) is about the unevenly padded 7 x 7 grid.":
        "`uneven_out` utilise la grille 4 x 4 avant l'ajout de la marge. L'exercice 1 (b) porte sur la grille 7 x 7, "
        "à la marge inégale.",
    "`uneven_out` forgets the stride: with stride 2 the kernel jumps 2 pixels at a time, so divide by the stride "
    "(rounding down) before adding 1.":
        "`uneven_out` oublie le pas\u202f: avec un pas de 2, le noyau avance de 2 pixels à chaque fois\u202f; divisez "
        "donc par le pas (en arrondissant vers le bas) avant d'ajouter 1.",
    "`uneven_out` forgets the stride (divide by it, rounding down) and the +1 at the end.":
        "`uneven_out` oublie le pas (divisez par lui, en arrondissant vers le bas) et le +1 final.",
    "`uneven_out` looks like the number of pixels of the output (width x height). Give the width only.":
        "`uneven_out` ressemble au nombre de pixels de la sortie (largeur x hauteur). Donnez seulement la largeur.",
    "Use the output-size formula of section 3, with n the input width, k the kernel, p the padding and s the "
    "stride. For (b) the grid already holds its zeros: its n is 7 and its padding 0.":
        "Appliquez la formule de la taille de sortie de la section 3, avec n la largeur d'entrée, k le noyau, p la "
        "marge (padding) et s le pas (stride). Pour (b), la grille contient déjà ses zéros\u202f: son n vaut 7 et sa "
        "marge 0.",
    "Add the padding on both sides (2p), subtract the kernel k, divide by the stride s rounding down (`//` in "
    "Python, not `/`), then add 1.":
        "Ajoutez la marge des deux côtés (2p), soustrayez le noyau k, divisez par le pas s en arrondissant vers le "
        "bas (`//` en Python, et non `/`), puis ajoutez 1.",
    "n_out = floor((n + 2p - k) / s) + 1. With stride 2 the width is about halved; PyTorch agrees: "
    "`F.conv2d(uneven, k_t, stride=2).shape[-1]`.":
        "n_sortie = partie entière de ((n + 2p - k) / s) + 1. Avec un pas de 2, la largeur est à peu près divisée "
        "par deux\u202f; PyTorch donne le même résultat\u202f: `F.conv2d(uneven, k_t, stride=2).shape[-1]`.",

    # ---- exercise 2: parameters of a convolution layer
    "parameters of a convolution layer": "les paramètres d'une couche de convolution",
    "`n_conv_params` holds the count of the *dense* layer: did you swap `n_conv_params` and `n_dense_params`?":
        "`n_conv_params` contient le nombre de paramètres de la couche *dense*\u202f: auriez-vous inversé "
        "`n_conv_params` et `n_dense_params`\u202f?",
    "`n_conv_params` counts the layer's *outputs* (16 feature maps), not its parameters. The weights of a filter do "
    "not depend on the image size.":
        "`n_conv_params` compte les *sorties* de la couche (16 cartes de caractéristiques), et non ses paramètres. "
        "Les poids d'un filtre ne dépendent pas de la taille de l'image.",
    "`n_conv_params` forgets the biases: each of the 16 filters also has one bias.":
        "`n_conv_params` oublie les biais\u202f: chacun des 16 filtres a aussi un biais.",
    "`n_conv_params` forgets the 3 colour channels: each filter spans red, green and blue, so it has one 5 x 5 grid "
    "of weights *per channel*.":
        "`n_conv_params` oublie les 3 canaux de couleur\u202f: chaque filtre couvre le rouge, le vert et le bleu, il a "
        "donc une grille de poids 5 x 5 *par canal*.",
    "`n_conv_params` forgets the 3 colour channels (one 5 x 5 grid of weights per channel) and the biases (one per "
    "filter).":
        "`n_conv_params` oublie les 3 canaux de couleur (une grille de poids 5 x 5 par canal) et les biais (un par "
        "filtre).",
    "`n_conv_params` has one bias for the whole layer: each filter has its own.":
        "`n_conv_params` a un seul biais pour toute la couche\u202f: chaque filtre a le sien.",
    "`n_conv_params` has one bias per channel: each filter has a single bias, whatever the number of channels.":
        "`n_conv_params` a un biais par canal\u202f: chaque filtre n'a qu'un biais, quel que soit le nombre de canaux.",
    "`n_conv_params` counts one filter: the layer has 16.":
        "`n_conv_params` compte un seul filtre\u202f: la couche en a 16.",
    "`n_conv_params` uses 5 weights per channel: a 5 x 5 filter has 5 x 5 weights.":
        "`n_conv_params` utilise 5 poids par canal\u202f: un filtre 5 x 5 a 5 x 5 poids.",
    "`n_conv_params` uses 3 x 3 filters (the default of `conv_params`): these are 5 x 5.":
        "`n_conv_params` utilise des filtres 3 x 3 (la valeur par défaut de `conv_params`)\u202f: ceux-ci sont des "
        "5 x 5.",
    "`n_conv_params` swaps the input and output channels: 3 channels come in, 16 filters come out.":
        "`n_conv_params` inverse les canaux d'entrée et de sortie\u202f: 3 canaux entrent, 16 filtres sortent.",
    "`n_conv_params` counts the layer's *outputs* (16 feature maps of the image's size), not its parameters. The "
    "weights of a filter do not depend on the image size.":
        "`n_conv_params` compte les *sorties* de la couche (16 cartes de caractéristiques de la taille de l'image), "
        "et non ses paramètres. Les poids d'un filtre ne dépendent pas de la taille de l'image.",
    "`n_conv_params` = {got} is not the number of parameters of the convolution layer yet (too many). Count the "
    "weights of one filter over all its channels, add its bias, then multiply by the number of filters.":
        "`n_conv_params` = {got} n'est pas encore le nombre de paramètres de la couche de convolution (il y en a "
        "trop). Comptez les poids d'un filtre sur tous ses canaux, ajoutez son biais, puis multipliez par le nombre de "
        "filtres.",
    "`n_conv_params` = {got} is not the number of parameters of the convolution layer yet (too few). Count the "
    "weights of one filter over all its channels, add its bias, then multiply by the number of filters.":
        "`n_conv_params` = {got} n'est pas encore le nombre de paramètres de la couche de convolution (il en manque). "
        "Comptez les poids d'un filtre sur tous ses canaux, ajoutez son biais, puis multipliez par le nombre de "
        "filtres.",
    "`n_dense_params` holds the count of the *convolution* layer: did you swap `n_conv_params` and "
    "`n_dense_params`?":
        "`n_dense_params` contient le nombre de paramètres de la couche de *convolution*\u202f: auriez-vous inversé "
        "`n_conv_params` et `n_dense_params`\u202f?",
    "`n_dense_params` forgets the biases: each of the 16 neurons also has one bias.":
        "`n_dense_params` oublie les biais\u202f: chacun des 16 neurones a aussi un biais.",
    "`n_dense_params` forgets the 3 colour channels: each neuron sees 224 x 224 x 3 numbers.":
        "`n_dense_params` oublie les 3 canaux de couleur\u202f: chaque neurone voit 224 x 224 x 3 nombres.",
    "`n_dense_params` forgets the 3 colour channels (each neuron sees 224 x 224 x 3 numbers) and the biases (one "
    "per neuron).":
        "`n_dense_params` oublie les 3 canaux de couleur (chaque neurone voit 224 x 224 x 3 nombres) et les biais "
        "(un par neurone).",
    "`n_dense_params` has one bias for the whole layer: each neuron has its own.":
        "`n_dense_params` a un seul biais pour toute la couche\u202f: chaque neurone a le sien.",
    "`n_dense_params` counts one neuron: the layer has 16.":
        "`n_dense_params` compte un seul neurone\u202f: la couche en a 16.",
    "`n_dense_params` counts the *inputs* of one neuron (the numbers of the photograph), not the parameters of the "
    "layer.":
        "`n_dense_params` compte les *entrées* d'un neurone (les nombres de la photographie), et non les paramètres "
        "de la couche.",
    "`n_dense_params` counts the layer's *outputs* (one per neuron), not its parameters.":
        "`n_dense_params` compte les *sorties* de la couche (une par neurone), et non ses paramètres.",
    "`n_dense_params` counts 1000 neurons (the default of `dense_params`): this layer has 16.":
        "`n_dense_params` compte 1000 neurones (la valeur par défaut de `dense_params`)\u202f: cette couche en a 16.",
    "`n_dense_params` = {got} is not the number of parameters of the dense layer yet (too many). Each neuron has "
    "one weight per input number, plus one bias.":
        "`n_dense_params` = {got} n'est pas encore le nombre de paramètres de la couche dense (il y en a trop). "
        "Chaque neurone a un poids par nombre d'entrée, plus un biais.",
    "`n_dense_params` = {got} is not the number of parameters of the dense layer yet (too few). Each neuron has one "
    "weight per input number, plus one bias.":
        "`n_dense_params` = {got} n'est pas encore le nombre de paramètres de la couche dense (il en manque). Chaque "
        "neurone a un poids par nombre d'entrée, plus un biais.",
    "A parameter is a number the network learns: weights and biases. A filter has one 5 x 5 grid of weights per "
    "input channel, and one bias; a dense neuron has one weight per input number, and one bias.":
        "Un paramètre est un nombre que le réseau apprend\u202f: les poids et les biais. Un filtre a une grille de "
        "poids 5 x 5 par canal d'entrée, et un biais\u202f; un neurone dense a un poids par nombre d'entrée, et un "
        "biais.",
    "Convolution: (channels x kernel height x kernel width + 1) per filter, times the number of filters (the "
    "notebook's `conv_params` does this, with k=5). Dense: (number of inputs + 1) per neuron, times the number of "
    "neurons, with inputs = 224 x 224 x 3.":
        "Convolution\u202f: (canaux x hauteur du noyau x largeur du noyau + 1) par filtre, multiplié par le nombre de "
        "filtres (la fonction `conv_params` du notebook fait ce calcul, avec k=5). Dense\u202f: (nombre d'entrées + 1) "
        "par neurone, multiplié par le nombre de neurones, avec entrées = 224 x 224 x 3.",
    "The convolution layer's count does not depend on the image size; the dense layer needs about 2000 times more "
    "parameters for the same 16 units. `training.count_parameters(nn.Conv2d(3, 16, kernel_size=5))` agrees.":
        "Le nombre de paramètres de la couche de convolution ne dépend pas de la taille de l'image\u202f; la couche "
        "dense en demande environ 2\u202f000 fois plus pour les mêmes 16 unités. "
        "`training.count_parameters(nn.Conv2d(3, 16, kernel_size=5))` donne le même compte.",

    # ---- exercise 3: the receptive field of a ResNet « stem »
    'the receptive field of a ResNet "stem"': "le champ récepteur du «\u202fstem\u202f» d'un ResNet",
    "`stem_field` is a list with one receptive field per layer: keep the last one, after the six layers.":
        "`stem_field` est une liste avec un champ récepteur par couche\u202f: gardez le dernier, après les six "
        "couches.",
    "`stem_field` adds k - 1 pixels per layer, as if every stride were 1. After a layer of stride 2, each step of "
    "the next layer covers 2 input pixels: multiply k - 1 by the jump (the product of the strides so far).":
        "`stem_field` ajoute k - 1 pixels par couche, comme si chaque pas valait 1. Après une couche de pas 2, chaque "
        "déplacement de la couche suivante couvre 2 pixels d'entrée\u202f: multipliez k - 1 par le saut (le produit "
        "des pas des couches précédentes).",
    "`stem_field` is one pixel short: the receptive field starts at r = 1 (one pixel sees itself), not 0.":
        "`stem_field` a un pixel de moins\u202f: le champ récepteur part de r = 1 (un pixel se voit lui-même), et "
        "non de 0.",
    "`stem_field` is one pixel too many: start from r = 1 and add (k - 1) x jump per layer.":
        "`stem_field` a un pixel de trop\u202f: partez de r = 1 et ajoutez (k - 1) x saut à chaque couche.",
    "`stem_field` leaves out the 3 x 3 max pooling: pooling also has a kernel and a stride, and counts as a layer "
    "here.":
        "`stem_field` oublie le max pooling 3 x 3\u202f: le pooling a lui aussi un noyau et un pas, et compte ici "
        "comme une couche.",
    "`stem_field` ignores the stride of the max pooling: its stride 2 doubles the jump for the four convolutions "
    "after it.":
        "`stem_field` ne tient pas compte du pas du max pooling\u202f: son pas de 2 double le saut pour les quatre "
        "convolutions qui le suivent.",
    "`stem_field` ignores the stride of the 7 x 7 convolution: its stride 2 doubles the jump for every layer after "
    "it.":
        "`stem_field` ne tient pas compte du pas de la convolution 7 x 7\u202f: son pas de 2 double le saut pour "
        "toutes les couches qui la suivent.",
    "`stem_field` multiplies by a layer's own stride too early: a layer's stride only affects the layers *after* "
    "it. Add (k - 1) x jump first, then update the jump.":
        "`stem_field` multiplie trop tôt par le pas de la couche elle-même\u202f: le pas d'une couche n'agit que sur "
        "les couches *suivantes*. Ajoutez d'abord (k - 1) x saut, puis mettez le saut à jour.",
    "`stem_field` stops one layer early: count all six layers (the 7 x 7 convolution, the pooling and four 3 x 3 "
    "convolutions).":
        "`stem_field` s'arrête une couche trop tôt\u202f: comptez les six couches (la convolution 7 x 7, le pooling "
        "et quatre convolutions 3 x 3).",
    "`stem_field` uses a 2 x 2 pooling: this one is 3 x 3.":
        "`stem_field` utilise un pooling 2 x 2\u202f: celui-ci est un 3 x 3.",
    "`stem_field` adds up the kernel sizes: each layer adds (k - 1) x jump pixels, starting from r = 1.":
        "`stem_field` additionne les tailles des noyaux\u202f: chaque couche ajoute (k - 1) x saut pixels, en partant "
        "de r = 1.",
    "`stem_field` looks like an area (width x height): give the width of the receptive field.":
        "`stem_field` ressemble à une surface (largeur x hauteur)\u202f: donnez la largeur du champ récepteur.",
    "`stem_field` = {got} is not the receptive field yet (too large). Follow r and the jump through the six layers, "
    "in order.":
        "`stem_field` = {got} n'est pas encore le champ récepteur (valeur trop grande). Suivez r et le saut à travers "
        "les six couches, dans l'ordre.",
    "`stem_field` = {got} is not the receptive field yet (too small). Follow r and the jump through the six layers, "
    "in order.":
        "`stem_field` = {got} n'est pas encore le champ récepteur (valeur trop petite). Suivez r et le saut à travers "
        "les six couches, dans l'ordre.",
    "List the six layers as (kernel size, stride) pairs, in order; the max pooling is a layer with its own kernel "
    "and stride. Then follow the rule of section 9.":
        "Écrivez les six couches sous forme de couples (taille du noyau, pas), dans l'ordre\u202f; le max pooling est "
        "une couche, avec son propre noyau et son propre pas. Suivez ensuite la règle de la section 9.",
    "Start from r = 1 and jump = 1. For each layer: r grows by (k - 1) x jump, then jump is multiplied by the "
    "layer's stride. The notebook's `receptive_fields` does this for a list of pairs; keep its last value.":
        "Partez de r = 1 et saut = 1. Pour chaque couche\u202f: r augmente de (k - 1) x saut, puis le saut est "
        "multiplié par le pas de la couche. La fonction `receptive_fields` du notebook fait ce calcul pour une liste "
        "de couples\u202f; gardez sa dernière valeur.",
    "The two stride-2 layers multiply the jump by 4, so each later 3 x 3 convolution adds 8 pixels instead of 2: "
    "strides and pooling make the receptive field grow fast.":
        "Les deux couches de pas 2 multiplient le saut par 4\u202f: chaque convolution 3 x 3 placée après ajoute donc "
        "8 pixels au lieu de 2. Les pas et le pooling font grandir vite le champ récepteur.",

    # ---- exercise 4: design your own edge detector
    "design your own edge detector": "concevez votre propre détecteur de contours",
    "a 3 x 3 array of weights": "un tableau 3 x 3 de poids",
    "`my_kernel` is the Sobel kernel of section 5 (or a multiple of it): the task asks you to find another one. "
    "Change its weights: other kernels do the same job.":
        "`my_kernel` est le noyau de Sobel de la section 5 (ou un multiple de celui-ci)\u202f: la consigne vous "
        "demande d'en trouver un autre. Changez ses poids\u202f: d'autres noyaux font le même travail.",
    "`my_kernel` is the top-to-bottom Sobel kernel of section 5: it finds horizontal edges, while the task asks for "
    "vertical ones (dark left, bright right), and for a kernel other than Sobel.":
        "`my_kernel` est le noyau de Sobel «\u202fde haut en bas\u202f» de la section 5\u202f: il trouve les contours "
        "horizontaux, alors que la consigne demande des contours verticaux (sombre à gauche, clair à droite), et un "
        "noyau autre que celui de Sobel.",
    "`my_kernel` is the Laplacian of section 5: it reacts to change in every direction, horizontal edges included, "
    "and to both dark-to-bright and bright-to-dark edges.":
        "`my_kernel` est le laplacien de la section 5\u202f: il réagit aux changements dans toutes les directions, "
        "contours horizontaux compris, et aux contours du sombre vers le clair comme du clair vers le sombre.",
    "the identity kernel": "le noyau identité",
    "the blur (box) kernel": "le noyau de flou par moyenne",
    "the sharpen kernel": "le noyau d'accentuation (netteté)",
    "the emboss kernel": "le noyau de repoussage (emboss)",
    "`my_kernel` is all zeros: it gives 0 everywhere, on the edge too. Give it weights that respond to a "
    "dark-to-bright change.":
        "`my_kernel` ne contient que des zéros\u202f: il donne 0 partout, sur le contour aussi. Donnez-lui des poids "
        "qui réagissent à un passage du sombre au clair.",
    "`my_kernel` responds on a flat region (it is {kernel} of section 5): its weights add up to {total}, not 0. An "
    "edge detector must give 0 where nothing changes.":
        "`my_kernel` réagit sur une zone uniforme (c'est {kernel} de la section 5)\u202f: la somme de ses poids vaut "
        "{total}, et non 0. Un détecteur de contours doit donner 0 là où rien ne change.",
    "`my_kernel` responds on a flat region: its weights add up to {total}, not 0. An edge detector must give 0 "
    "where nothing changes.":
        "`my_kernel` réagit sur une zone uniforme\u202f: la somme de ses poids vaut {total}, et non 0. Un détecteur de "
        "contours doit donner 0 là où rien ne change.",
    "`my_kernel` finds horizontal edges (dark top, bright bottom) and gives 0 on vertical ones: rows and columns are "
    "swapped (transpose it with `.T`). The task asks for dark left, bright right.":
        "`my_kernel` trouve les contours horizontaux (sombre en haut, clair en bas) et donne 0 sur les contours "
        "verticaux\u202f: lignes et colonnes sont inversées (transposez-le avec `.T`). La consigne demande sombre à "
        "gauche, clair à droite.",
    "`my_kernel` responds to a horizontal edge (dark top, bright bottom), where the task asks for 0. Make the "
    "weights of each row add up to 0.":
        "`my_kernel` réagit à un contour horizontal (sombre en haut, clair en bas), là où la consigne demande 0. "
        "Faites en sorte que les poids de chaque ligne aient une somme nulle.",
    "`my_kernel` responds *negatively* to a dark-to-bright edge: it finds bright-to-dark edges, the opposite "
    "direction. Swap the signs of its weights (and, flipped, it would be the Sobel kernel, which the task "
    "excludes).":
        "`my_kernel` réagit *négativement* à un contour du sombre vers le clair\u202f: il trouve les contours du clair "
        "vers le sombre, le sens opposé. Inversez les signes de ses poids (mais, ainsi retourné, ce serait le noyau "
        "de Sobel, que la consigne exclut).",
    "`my_kernel` responds *negatively* to a dark-to-bright edge: it finds bright-to-dark edges, the opposite "
    "direction. Swap the signs of its weights.":
        "`my_kernel` réagit *négativement* à un contour du sombre vers le clair\u202f: il trouve les contours du clair "
        "vers le sombre, le sens opposé. Inversez les signes de ses poids.",
    "`my_kernel` gives 0 on a vertical dark-to-bright edge too: it misses the edge it should find. Make the bright "
    "pixels on the right count more than the dark ones on the left.":
        "`my_kernel` donne 0 aussi sur un contour vertical du sombre vers le clair\u202f: il manque le contour qu'il "
        "doit trouver. Donnez plus de poids aux pixels clairs de droite qu'aux pixels sombres de gauche.",
    "`my_kernel` responds positively on one side of a dark-to-bright edge and negatively on the other, so it reacts "
    "the same way to a bright-to-dark edge: it finds lines, not the direction of an edge. Let the weights go from "
    "negative on the left to positive on the right.":
        "`my_kernel` réagit positivement d'un côté d'un contour du sombre vers le clair et négativement de "
        "l'autre\u202f: il réagit donc de la même façon à un contour du clair vers le sombre. Il trouve des "
        "lignes, et non le sens d'un contour. Faites passer les poids de négatifs à gauche à positifs à droite.",
    "Zero on flat regions means the weights add up to 0. Zero on a horizontal edge (dark top, bright bottom) means "
    "each row of weights adds up to 0 on its own.":
        "Zéro sur les zones uniformes signifie que la somme des poids est nulle. Zéro sur un contour horizontal "
        "(sombre en haut, clair en bas) signifie que chaque ligne de poids a, à elle seule, une somme nulle.",
    "Put negative weights in the left column and positive ones in the right column, balanced within each row, so "
    "that bright pixels on the right give a positive sum. The Sobel kernel is one such choice, with weights 1, 2, 1 "
    "down each side; pick other weights.":
        "Mettez des poids négatifs dans la colonne de gauche et des poids positifs dans celle de droite, équilibrés "
        "dans chaque ligne, pour que des pixels clairs à droite donnent une somme positive. Le noyau de Sobel est un "
        "de ces choix, avec les poids 1, 2, 1 le long de chaque côté\u202f; choisissez d'autres poids.",
    "This is the Prewitt kernel: right column minus left column, the same weight in every row. Any kernel whose rows "
    "each sum to 0 and whose weights grow from left to right does the job.":
        "C'est le noyau de Prewitt\u202f: la colonne de droite moins celle de gauche, avec le même poids à chaque "
        "ligne. Tout noyau dont chaque ligne a une somme nulle et dont les poids croissent de gauche à droite fait "
        "l'affaire.",
}
