"""French of the messages and image descriptions of ``course_utils/images.py``."""

MESSAGES: dict[str, str] = {
    # image descriptions (image_info)
    "Fundus photograph of a normal left eye": "Photographie du fond d'un œil gauche normal",
    "colour fundus photography (RGB)": "rétinographie couleur (RGB)",
    "CC0 (public domain)": "CC0 (domaine public)",
    "optic disc (bright, left), macula (dark, centre), branching retinal vessels":
        "papille optique (claire, à gauche), macula (sombre, au centre), vaisseaux rétiniens ramifiés",
    "Colonic glands, immunohistochemistry": "Glandes coliques, immunohistochimie",
    "bright-field microscopy of a stained tissue section (RGB)":
        "microscopie en fond clair d'une coupe de tissu colorée (RGB)",
    "no known copyright restrictions": "aucune restriction de droits d'auteur connue",
    "FHL2 protein revealed in brown (DAB), nuclei counterstained in blue (hematoxylin)":
        "protéine FHL2 révélée en brun (DAB), noyaux contre-colorés en bleu (hématoxyline)",
    "A cell floating in saline": "Une cellule en suspension dans du sérum physiologique",
    "quantitative phase image from a digital hologram (grey)":
        "image de phase quantitative issue d'un hologramme numérique (niveaux de gris)",
    "0.107 µm": "0,107\u202fµm",
    "one round cell brighter than the background, with a banding artefact in the background":
        "une cellule ronde plus claire que le fond, avec un artefact en bandes dans le fond",
    "Retina with microaneurysms (diabetic retinopathy)": "Rétine avec microanévrismes (rétinopathie diabétique)",
    "crop of a fundus photograph, green channel (grey)":
        "recadrage d'une rétinographie, canal vert (niveaux de gris)",
    "small dark dots (microaneurysms) next to vessels": "petits points sombres (microanévrismes) près des vaisseaux",
    # layouts
    "one grey image (H, W)": "une image en niveaux de gris (H, W)",
    "one colour image, channels last (H, W, C), as load_medical_image(channel='rgb') and plt.imread give":
        "une image couleur, canaux en dernier (H, W, C), comme la donnent load_medical_image(channel='rgb') et "
        "plt.imread",
    "one image, channels first (C, H, W), the PyTorch order":
        "une image, canaux en premier (C, H, W), l'ordre de PyTorch",
    "N grey images (N, H, W)": "N images en niveaux de gris (N, H, W)",
    "N images, channels first (N, C, H, W), the PyTorch order":
        "N images, canaux en premier (N, C, H, W), l'ordre de PyTorch",
    "N colour images, channels last (N, H, W, C)": "N images couleur, canaux en dernier (N, H, W, C)",
    "{n} grey images of {h} x {w} pixels": "{n} images en niveaux de gris de {h} x {w} pixels",
    "one colour image of {h} x {w} pixels with {c} channels": "une image couleur de {h} x {w} pixels à {c} canaux",
    "{n} images with {c} channels of {h} x {w} pixels": "{n} images à {c} canaux de {h} x {w} pixels",
    "{n} images of {h} x {w} pixels with {c} channels": "{n} images de {h} x {w} pixels à {c} canaux",
    "one image with {c} channels, PyTorch order": "une image à {c} canaux, dans l'ordre de PyTorch",
    ", or ": ", ou ",
    "{name} has shape {shape}, which could be {options}. Say which with layout={first} or layout={last}.":
        "{name} a la forme {shape}, qui peut se lire comme {options}. Précisez-le avec layout={first} ou "
        "layout={last}.",
    # messages
    "name must be the name of an image, a string such as 'retina', got {received}.":
        "name doit être le nom d'une image, un texte comme 'retina', reçu\u202f: {received}.",
    "unknown image {name}; choose one of {names} (aliases: {aliases}).":
        "image inconnue {name}\u202f; choisissez parmi {names} (autres noms acceptés\u202f: {aliases}).",
    "{name} is a grey image: use channel='grey', got channel={channel}.":
        "{name} est une image en niveaux de gris\u202f: indiquez channel='grey', reçu channel={channel}.",
    "size={size} is larger than the image ({longest} pixels on its longest side): use size <= {longest}, or "
    "size=None for the original.":
        "size={size} dépasse la taille de l'image ({longest} pixels sur son plus grand côté)\u202f: choisissez "
        "size <= {longest}, ou size=None pour l'original.",
    "channel must be one of {choices}, got {received}.":
        "channel doit valoir l'un de {choices}, reçu\u202f: {received}.",
    "{name} must be one whole number (output_size works along one axis), got {received} {value}. For a non-square "
    "kernel, call output_size once per axis: output_size(height, 3, ...) and output_size(width, 5, ...).":
        "{name} doit être un seul nombre entier (output_size travaille sur un axe à la fois), reçu\u202f: "
        "{received} {value}. Pour un noyau non carré, appelez output_size une fois par axe\u202f: "
        "output_size(height, 3, ...) et output_size(width, 5, ...).",
    "a kernel spanning {span} pixels does not fit in an input of {n} pixels padded by {padding} on each side "
    "({total} pixels): use a smaller kernel or more padding.":
        "un noyau couvrant {span} pixels ne tient pas dans une entrée de {n} pixels complétée de {padding} de chaque "
        "côté ({total} pixels)\u202f: prenez un noyau plus petit ou davantage de marge (padding).",
    "e.g. [(3, 1), (2, 2)] for a 3x3 convolution then a 2x2 pooling":
        "par exemple [(3, 1), (2, 2)] pour une convolution 3x3 puis un pooling 2x2",
    "layers must be a list of (kernel_size, stride) pairs, {example}, got {received}.":
        "layers doit être une liste de couples (kernel_size, stride), {example}, reçu\u202f: {received}.",
    "layers is empty: it needs at least one (kernel_size, stride) pair, {example}.":
        "layers est vide\u202f: il faut au moins un couple (kernel_size, stride), {example}.",
    "layers must be a list of pairs, got one pair {pair}: write [{pair}] for a single layer.":
        "layers doit être une liste de couples, reçu un seul couple {pair}\u202f: écrivez [{pair}] pour une seule "
        "couche.",
    "layers[{i}] must be a (kernel_size, stride) pair such as (3, 1), got {received} {value}.":
        "layers[{i}] doit être un couple (kernel_size, stride) comme (3, 1), reçu\u202f: {received} {value}.",
    "{name} must be an array or tensor of pixel values, got {received}.":
        "{name} doit être un tableau ou un tenseur de valeurs de pixels, reçu\u202f: {received}.",
    "layout must be one of {choices} (a text) or None, got {received}.":
        "layout doit valoir l'un de {choices} (un texte) ou None, reçu\u202f: {received}.",
    "layout must be one of {choices} (None: read it from the shape), got {received}.":
        "layout doit valoir l'un de {choices} (None\u202f: déduit de la forme), reçu\u202f: {received}.",
    "layout={layout} ({meaning}) needs a {ndim}-D array, but {name} has shape {shape} ({got}-D).":
        "layout={layout} ({meaning}) demande un tableau à {ndim} dimensions, mais {name} a la forme {shape} "
        "({got} dimensions).",
    "A single number is not an image.": "Un nombre seul n'est pas une image.",
    "A single row of pixels is not an image: reshape it, e.g. x.reshape(8, 8) for 64 pixels.":
        "Une seule rangée de pixels n'est pas une image\u202f: remettez-la en forme, par exemple x.reshape(8, 8) "
        "pour 64 pixels.",
    "Remove the extra axes of length 1, e.g. x.squeeze().":
        "Retirez les axes de longueur 1 en trop, par exemple x.squeeze().",
    "{name} must be one image (H, W) or (H, W, 3), or a batch (N, H, W), (N, C, H, W) or (N, H, W, 3), got {ndim}-D "
    "with shape {shape}. {hint}":
        "{name} doit être une image (H, W) ou (H, W, 3), ou un lot (N, H, W), (N, C, H, W) ou (N, H, W, 3), reçu un "
        "tableau à {ndim} dimensions de forme {shape}. {hint}",
    "{name} must hold real pixel values, got a complex tensor ({dtype}).":
        "{name} doit contenir des valeurs de pixels réelles, reçu un tenseur complexe ({dtype}).",
    "{name} is a list of images of different sizes {sizes}: a batch needs images of one size. Crop or resize them "
    "first, or call this function once per image.":
        "{name} est une liste d'images de tailles différentes {sizes}\u202f: un lot demande des images de même "
        "taille. Recadrez-les ou redimensionnez-les d'abord, ou appelez cette fonction image par image.",
    "{name} must hold numbers (pixel values), got values of type {dtype} (shape {shape}). Load the pixels first, "
    "e.g. load_medical_image(...).":
        "{name} doit contenir des nombres (valeurs de pixels), reçu des valeurs de type {dtype} (forme {shape}). "
        "Chargez d'abord les pixels, par exemple load_medical_image(...).",
    "{name} is empty (shape {shape}): it needs at least one image.":
        "{name} est vide (forme {shape})\u202f: il faut au moins une image.",
    "{name} contains {bad} missing (NaN) or infinite pixel value(s) out of {total}: every pixel needs a number. "
    "Replace them first, e.g. np.nan_to_num(x) or torch.nan_to_num(x).":
        "{name} contient {bad} valeur(s) de pixel manquante(s) (NaN) ou infinie(s) sur {total}\u202f: chaque pixel "
        "doit avoir un nombre. Remplacez-les d'abord, par exemple avec np.nan_to_num(x) ou torch.nan_to_num(x).",
    "{name} must be at least 2 x 2 pixels, got shape {shape} read as {meaning}. If that reading is wrong, pass "
    "layout= (one of {choices}).":
        "{name} doit mesurer au moins 2 x 2 pixels, reçu la forme {shape} lue comme {meaning}. Si cette lecture est "
        "fausse, précisez layout= (l'un de {choices}).",
    "fill (the pixel value of the uncovered border)": "fill (la valeur des pixels de la bordure découverte)",
    "degrees must be an angle in degrees such as 90, got {received}.":
        "degrees doit être un angle en degrés comme 90, reçu\u202f: {received}.",
    "degrees must be one angle, or one angle per image ({n} image(s)), got shape {shape}.":
        "degrees doit être un angle, ou un angle par image ({n} image(s)), forme reçue\u202f: {shape}.",
    "X and y must be torch tensors, got X: {x} and y: {y}. Convert them with training.to_tensors(X, y).":
        "X et y doivent être des tenseurs torch, reçu X\u202f: {x} et y\u202f: {y}. Convertissez-les avec "
        "training.to_tensors(X, y).",
    "unknown augmentation option(s) {unknown}; use max_shift, max_degrees, hflip, vflip or layout.":
        "option(s) d'augmentation inconnue(s) {unknown}\u202f; les options sont max_shift, max_degrees, hflip, vflip "
        "et layout.",
    "X and y must hold one entry per image, got shapes {x} and {y}.":
        "X et y doivent avoir une entrée par image, formes reçues\u202f: {x} et {y}.",
    "X and y must have the same number of samples, got {x} and {y}.":
        "X et y doivent avoir le même nombre d'exemples, reçu {x} et {y}.",
    "X must be a batch of images (N, H, W), (N, C, H, W) or (N, H, W, 3), got shape {shape}, read as {meaning}. A "
    "table of numbers (N, features) cannot be shifted or rotated; for images, reshape it, e.g. X.reshape(-1, 8, 8).":
        "X doit être un lot d'images (N, H, W), (N, C, H, W) ou (N, H, W, 3), reçu la forme {shape}, lue comme "
        "{meaning}. Un tableau de nombres (N, variables) ne peut être ni décalé ni tourné\u202f; pour des images, "
        "remettez-le en forme, par exemple X.reshape(-1, 8, 8).",
}
