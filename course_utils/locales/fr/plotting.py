"""French of the messages, labels and titles of ``course_utils/plotting.py``."""

MESSAGES: dict[str, str] = {
    # figure texts
    "epoch": "époque",
    "loss": "perte",
    "Learning curves": "Courbes d'apprentissage",
    "train loss": "perte (entraînement)",
    "val loss": "perte (validation)",
    "train metric": "métrique (entraînement)",
    "val metric": "métrique (validation)",
    "learning rate": "taux d'apprentissage",
    "learning rate α": "taux d'apprentissage α",
    "learning rate (right axis)": "taux d'apprentissage (axe de droite)",
    " (NaN/inf from epoch {epoch})": " (NaN/inf dès l'époque {epoch})",
    "feature 1": "variable 1",
    "feature 2": "variable 2",
    "negative": "négatif",
    "positive": "positif",
    "Decision regions": "Régions de décision",
    "class {label}": "classe {label}",
    "Confusion matrix": "Matrice de confusion",
    "predicted\n{name}": "prédit\n{name}",
    "true\n{name}": "réel\n{name}",
    "{title}\nsensitivity {sensitivity} · specificity {specificity}":
        "{title}\nsensibilité {sensitivity} · spécificité {specificity}",
    "undefined": "non définie",
    # what training.fit records besides learning curves
    "the time since the start of training (seconds)": "le temps écoulé depuis le début de l'entraînement (secondes)",
    "the epoch early stopping kept": "l'époque retenue par l'arrêt précoce",
    "the epoch numbers": "les numéros des époques",
    # messages
    "presentation must be True or False, got {received}.":
        "presentation doit valoir True ou False, reçu\u202f: {received}.",
    " (plt.subplots returns the figure and the axes: fig, ax = plt.subplots())":
        " (plt.subplots renvoie la figure et les axes\u202f: fig, ax = plt.subplots())",
    "ax must be a matplotlib Axes (e.g. from fig, ax = plt.subplots()), got {received}{fix}.":
        "ax doit être un objet Axes de Matplotlib (par exemple issu de fig, ax = plt.subplots()), reçu\u202f: "
        "{received}{fix}.",
    " For a single curve, name it: {code}.": " Pour une seule courbe, donnez-lui un nom\u202f: {code}.",
    "history must be a dict of curves such as {example} (what training.fit returns), got {received}.{fix}":
        "history doit être un dictionnaire de courbes comme {example} (ce que renvoie training.fit), reçu\u202f: "
        "{received}.{fix}",
    "history is empty (a dict without curves): train the model first, or check the variable.":
        "history est vide (un dictionnaire sans courbe)\u202f: entraînez d'abord le modèle, ou vérifiez la variable.",
    "history has no learning curve to draw (lists of numbers): its keys are {keys}. Name the curves with keys=[...].":
        "history ne contient aucune courbe d'apprentissage à tracer (listes de nombres)\u202f: ses clés sont {keys}. "
        "Nommez les courbes avec keys=[...].",
    "keys must be a curve name or a list of names such as ['train_loss', 'val_loss'], got {received}.":
        "keys doit être un nom de courbe ou une liste de noms comme ['train_loss', 'val_loss'], reçu\u202f: "
        "{received}.",
    " Did you mean {name}?": " Vouliez-vous dire {name}\u202f?",
    "history has no curve named {key}; available: {available}.{hint}":
        "history n'a pas de courbe nommée {key}\u202f; courbes disponibles\u202f: {available}.{hint}",
    "history[{key}] is {what}, not a learning curve: plot_history does not draw it. To look at it anyway: "
    "plt.plot(history[{key}]).":
        "history[{key}] contient {what}, pas une courbe d'apprentissage\u202f: plot_history ne la trace pas. Pour la "
        "voir malgré tout\u202f: plt.plot(history[{key}]).",
    "predict_proba must be a trained model or a function, got {received}; then train it (model.fit(X, y) or "
    "training.fit(model, ...)).":
        "predict_proba doit être un modèle entraîné ou une fonction, reçu\u202f: {received}\u202f; créez le modèle "
        "puis entraînez-le (model.fit(X, y) ou training.fit(model, ...)).",
    "predict_proba must be a function of an array (n_points, 2) (e.g. model.predict_proba), a trained scikit-learn "
    "model or a PyTorch model, got {received}.":
        "predict_proba doit être une fonction d'un tableau (n_points, 2) (par exemple model.predict_proba), un modèle "
        "scikit-learn entraîné ou un modèle PyTorch, reçu\u202f: {received}.",
    "{what}: the model is not trained yet. Train it first: model.fit(X, y).":
        "{what}\u202f: le modèle n'est pas encore entraîné. Entraînez-le d'abord\u202f: model.fit(X, y).",
    " The model seems to expect another number of input features: a decision map shows 2 features.":
        " Le modèle semble attendre un autre nombre de variables d'entrée\u202f: une carte de décision en montre 2.",
    " If it wraps a PyTorch model, convert the points first: torch.as_tensor(P, dtype=torch.float32).":
        " S'il s'agit d'un modèle PyTorch, convertissez d'abord les points\u202f: "
        "torch.as_tensor(P, dtype=torch.float32).",
    "a NumPy array of shape {shape}": "un tableau NumPy de forme {shape}",
    "a {kind} of shape {shape}": "un objet {kind} de forme {shape}",
    "{what} failed on the grid of points, {kind} (one row (x, y) per point of the plotted area): `{error}`.{fix}":
        "{what} a échoué sur la grille de points, {kind} (une ligne (x, y) par point de la zone tracée)\u202f: "
        "`{error}`.{fix}",
    "the PyTorch model ({name})": "le modèle PyTorch ({name})",
    "{what} must return a tensor, got {received}.": "{what} doit renvoyer un tenseur, reçu\u202f: {received}.",
    "{what} gives outputs that all lie between 0 and 1 on the grid: probabilities, or logits (scores before the "
    "sigmoid)? It does not end with nn.Sigmoid, yet an untrained network or a sigmoid inside forward() gives such "
    "outputs. Say which with a function: {code} for logits, or the same without torch.sigmoid for probabilities.":
        "{what} donne des sorties toutes comprises entre 0 et 1 sur la grille\u202f: des probabilités, ou des logits "
        "(scores avant la sigmoïde)\u202f? Il ne se termine pas par nn.Sigmoid, mais un réseau non entraîné ou une "
        "sigmoïde dans forward() donnent de telles sorties. Précisez-le avec une fonction\u202f: {code} pour des "
        "logits, ou la même sans torch.sigmoid pour des probabilités.",
    "{what} returned nothing (None): does it end with `return`?":
        "{what} n'a rien renvoyé (None)\u202f: se termine-t-elle par `return`\u202f?",
    "the values returned by {what}": "les valeurs renvoyées par {what}",
    "{what} returned 2 values per point that do not add up to 1: not the probabilities of the two classes (did it "
    "return its input?). Return the probability of the positive class, one value per point.":
        "{what} a renvoyé 2 valeurs par point dont la somme ne fait pas 1\u202f: ce ne sont pas les probabilités des "
        "deux classes (a-t-elle renvoyé son entrée\u202f?). Renvoyez la probabilité de la classe positive, une "
        "valeur par point.",
    " (one column per class: a decision map draws two classes)":
        " (une colonne par classe\u202f: une carte de décision représente deux classes)",
    "{what} must return one value per point, shape ({n},) or ({n}, 2), for the {n} points of the grid; got shape "
    "{shape}{extra}.":
        "{what} doit renvoyer une valeur par point, de forme ({n},) ou ({n}, 2), pour les {n} points de la "
        "grille\u202f; forme reçue\u202f: {shape}{extra}.",
    "{what} returned {count} NaN or infinite value(s) on the grid: a division by zero, or weights that diverged "
    "during training?":
        "{what} a renvoyé {count} valeur(s) NaN ou infinie(s) sur la grille\u202f: une division par zéro, ou des "
        "poids qui ont divergé pendant l'entraînement\u202f?",
    "{what} must return probabilities between 0 and 1, got values from {low} to {high}: scores or logits rather "
    "than probabilities? Turn logits into probabilities with a sigmoid, 1 / (1 + np.exp(-z)), or use predict_proba.":
        "{what} doit renvoyer des probabilités entre 0 et 1, valeurs reçues de {low} à {high}\u202f: des scores ou "
        "des logits plutôt que des probabilités\u202f? Transformez les logits en probabilités avec une sigmoïde, "
        "1 / (1 + np.exp(-z)), ou utilisez predict_proba.",
    " They look like probabilities: use the true labels (0/1) for the points.":
        " On dirait des probabilités\u202f: donnez les vraies étiquettes (0/1) des points.",
    " Recode them as 0, 1, ... (e.g. (y == 1).astype(int)).":
        " Recodez-les en 0, 1, ... (par exemple (y == 1).astype(int)).",
    "y must hold class numbers 0, 1, ... (at most {n} classes), got {value} at index {index}.{fix}":
        "y doit contenir des numéros de classe 0, 1, ... ({n} classes au plus), reçu {value} à l'indice "
        "{index}.{fix}",
    "titles must be a list with one title per image, got {received}.":
        "titles doit être une liste avec un titre par image, reçu\u202f: {received}.",
    "titles must have one entry per image: {n_images} images, {n_titles} titles.":
        "titles doit avoir un titre par image\u202f: {n_images} images, {n_titles} titres.",
    "vmin must be below vmax, got vmin={vmin} and vmax={vmax}.":
        "vmin doit être inférieur à vmax, reçu vmin={vmin} et vmax={vmax}.",
    "images is an empty list: nothing to show.": "images est une liste vide\u202f: rien à afficher.",
    "images must hold several images, shape (n_images, height, width), got one image of shape {shape}. Put it in a "
    "list: image_grid([image]).":
        "images doit contenir plusieurs images, de forme (n_images, height, width), reçu une seule image de forme "
        "{shape}. Mettez-la dans une liste\u202f: image_grid([image]).",
    "images has shape {shape}: one colour image (height, width, {channels} colour channels), not {n} images "
    "{channels} pixels wide? Put it in a list: image_grid([image]).":
        "images a la forme {shape}\u202f: une image couleur (height, width, {channels} canaux de couleur) plutôt que "
        "{n} images de {channels} pixels de large\u202f? Mettez-la dans une liste\u202f: image_grid([image]).",
    "images must have shape (n_images, height, width), (n_images, height, width, 3) or PyTorch's (n_images, "
    "channels, height, width), got {shape}.":
        "images doit avoir la forme (n_images, height, width), (n_images, height, width, 3) ou celle de PyTorch "
        "(n_images, channels, height, width), forme reçue\u202f: {shape}.",
    "image_grid shows at most {limit} images, got {n}: such a figure would take long to draw and each image would "
    "be too small to see. Show a few, e.g. images[:25].":
        "image_grid affiche au plus {limit} images, reçu {n}\u202f: une telle figure serait longue à dessiner et "
        "chaque image trop petite pour être lue. Montrez-en quelques-unes, par exemple images[:25].",
    "{name} must be a grey image (height, width) or a colour image (height, width, 3), got shape {shape}.":
        "{name} doit être une image en niveaux de gris (height, width) ou en couleur (height, width, 3), forme "
        "reçue\u202f: {shape}.",
    "{name} is a colour image with values from {low} to {high}: colours must be decimals from 0 to 1 or whole "
    "numbers from 0 to 255. Rescale it, e.g. (x - x.min()) / (x.max() - x.min()).":
        "{name} est une image couleur dont les valeurs vont de {low} à {high}\u202f: les couleurs doivent être des "
        "décimaux de 0 à 1 ou des entiers de 0 à 255. Remettez-la à l'échelle, par exemple "
        "(x - x.min()) / (x.max() - x.min()).",
    "cmap must be the name of a Matplotlib colour map such as 'gray', got {received}.":
        "cmap doit être le nom d'une palette de couleurs Matplotlib comme 'gray', reçu\u202f: {received}.",
    " E.g. 'gray', 'viridis', 'magma'.": " Par exemple 'gray', 'viridis', 'magma'.",
    "cmap {name} is not a Matplotlib colour map.{hint}":
        "cmap {name} n'est pas une palette de couleurs Matplotlib.{hint}",
}
