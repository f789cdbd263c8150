"""French of the messages and figure texts of ``course_utils/widgets.py`` ("epoch", "loss": see plotting.py)."""

MESSAGES: dict[str, str] = {
    # figure and status texts
    "Learning curves (live)": "Courbes d'apprentissage (en direct)",
    "⚠ update({shown}) failed: {error}": "⚠ update({shown}) a échoué\u202f: {error}",
    "(raised by the figure's update function, called as update({shown}))":
        "(erreur levée par la fonction de mise à jour de la figure, appelée ainsi\u202f: update({shown}))",
    # messages
    "figsize must be (width, height) in inches, both > 0, got {received}.":
        "figsize doit être (largeur, hauteur) en pouces, toutes deux > 0, reçu\u202f: {received}.",
    "figsize is in inches, not pixels: (7, 4.2) is a usual size; got {received}, which would take long to draw.":
        "figsize s'exprime en pouces, pas en pixels\u202f: (7, 4.2) est une taille habituelle\u202f; reçu "
        "{received}, qui serait long à dessiner.",
    " E.g. facecolor='white'.": " Par exemple facecolor='white'.",
    "new_figure takes the options of Matplotlib's Figure; {unknown} is not one of them.{hint}":
        "new_figure accepte les options de Figure de Matplotlib\u202f; {unknown} n'en fait pas partie.{hint}",
    "new_figure could not use the options {options}: {error}":
        "new_figure n'a pas pu utiliser les options {options}\u202f: {error}",
    "fig must be a matplotlib Figure, got {received}.":
        "fig doit être une figure Matplotlib (Figure), reçu\u202f: {received}.",
    "slider needs min < max, got min={low}, max={high}.":
        "le curseur demande min < max, reçu min={low}, max={high}.",
    " Swap them.": " Inversez-les.",
    "slider value must lie between min={low} and max={high}, got {value}. Start it inside the range, or widen the "
    "range.":
        "la valeur du curseur doit se trouver entre min={low} et max={high}, reçu {value}. Choisissez une valeur de "
        "départ dans l'intervalle, ou élargissez l'intervalle.",
    "step must be at most max - min = {span}, got {step}: the slider could not move.":
        "step doit valoir au plus max - min = {span}, reçu {step}\u202f: le curseur ne pourrait pas bouger.",
    "slider value {value} is not on the grid min + k * step (min={low}, step={step}): the browser would snap it to "
    "another value. Choose a value or step that fits.":
        "la valeur {value} du curseur n'est pas sur la grille min + k * step (min={low}, step={step})\u202f: le "
        "navigateur la remplacerait par une autre valeur. Choisissez une valeur ou un pas compatibles.",
    " For decimal steps, leave integer=False.": " Pour un pas décimal, laissez integer=False.",
    "an integer slider (integer=True) takes whole numbers: {name} must be whole, got {value}.{fix}":
        "un curseur entier (integer=True) ne prend que des nombres entiers\u202f: {name} doit être entier, reçu "
        "{value}.{fix}",
    "readout_format must be a Python number format such as '.2f' or '.3g', got {received}.":
        "readout_format doit être un format de nombre Python comme '.2f' ou '.3g', reçu\u202f: {received}.",
    "fig must be a matplotlib Figure (use widgets.new_figure()), got {received}.":
        "fig doit être une figure Matplotlib (créez-la avec widgets.new_figure()), reçu\u202f: {received}.",
    "update must be a function, got {received}.": "update doit être une fonction, reçu\u202f: {received}.",
    "control {name} must be an ipywidgets control with a value (e.g. a slider), got {received}.":
        "la commande {name} doit être un contrôle ipywidgets doté d'une valeur (par exemple un curseur), "
        "reçu\u202f: {received}.",
    "unknown control(s) {unknown}; this figure has {controls}.":
        "commande(s) inconnue(s) {unknown}\u202f; cette figure a les commandes {controls}.",
    "control {name} cannot take {received}: {error}":
        "la commande {name} ne peut pas prendre {received}\u202f: {error}",
    "control must be an ipywidgets control with a value (e.g. a Dropdown), got {received}.":
        "control doit être un contrôle ipywidgets doté d'une valeur (par exemple un Dropdown), reçu\u202f: "
        "{received}.",
    "on_change must be a function of the new value, got {received}.":
        "on_change doit être une fonction de la nouvelle valeur, reçu\u202f: {received}.",
    "arrange_controls takes ipywidgets (controls, labels, boxes), got {received}.":
        "arrange_controls accepte des ipywidgets (commandes, étiquettes, boîtes), reçu\u202f: {received}.",
    "arrange_controls must show every control of the figure; missing: {missing}.":
        "arrange_controls doit afficher toutes les commandes de la figure\u202f; il manque\u202f: {missing}.",
    "no parameter is named {names}": "aucun paramètre ne s'appelle {names}",
    "no control gives {names}": "aucune commande ne fournit {names}",
    " and ": " et ",
    "the controls must be named like the parameters of the update function: {signature} expects {expected}, got "
    "controls {controls}: {problems}. Name each control after the parameter it sets, e.g. LiveFigure(fig, update, "
    "a=widgets.slider(...)).":
        "les commandes doivent porter les noms des paramètres de la fonction de mise à jour\u202f: {signature} "
        "attend {expected}, commandes reçues {controls}\u202f: {problems}. Nommez chaque commande comme le paramètre "
        "qu'elle règle, par exemple LiveFigure(fig, update, a=widgets.slider(...)).",
    "dynamic must be a list of matplotlib artists (lines, images, texts), got {received}.":
        "dynamic doit être une liste d'éléments graphiques Matplotlib (lignes, images, textes), reçu\u202f: "
        "{received}.",
    "dynamic must hold matplotlib artists (lines, images, texts), got a list inside the list (what ax.plot "
    "returns): unpack it first, {code}, and pass [line].":
        "dynamic doit contenir des éléments graphiques Matplotlib (lignes, images, textes), reçu une liste dans la "
        "liste (ce que renvoie ax.plot)\u202f: dépaquetez-la d'abord, {code}, puis donnez [line].",
    "dynamic must hold matplotlib artists (lines, images, texts), got {received}.":
        "dynamic doit contenir des éléments graphiques Matplotlib (lignes, images, textes), reçu\u202f: {received}.",
    "dynamic holds an artist ({kind}) that is not drawn in this figure: pass the artists of the figure given to "
    "LiveFigure.":
        "dynamic contient un élément ({kind}) qui n'est pas dessiné dans cette figure\u202f: donnez les éléments de "
        "la figure passée à LiveFigure.",
    "the update function must return a short text (a str) or nothing, got {received}.":
        "la fonction de mise à jour doit renvoyer un texte court (un str) ou rien, reçu\u202f: {received}.",
    "{name} must be one of {options}, got {received}.": "{name} doit valoir l'une des options {options}, reçu\u202f: "
        "{received}.",
    "{name} must lie between {low} and {high} (the slider's range), got {value}.":
        "{name} doit se trouver entre {low} et {high} (l'intervalle du curseur), reçu {value}.",
    "keys must name at least one curve, e.g. {example}.":
        "keys doit nommer au moins une courbe, par exemple {example}.",
    "history must be a dict of curves such as {example}, got {received}.":
        "history doit être un dictionnaire de courbes comme {example}, reçu\u202f: {received}.",
    "history has none of the curves of this plot {curves}; available: {available}.":
        "history ne contient aucune des courbes de ce graphique {curves}\u202f; courbes disponibles\u202f: "
        "{available}.",
}
