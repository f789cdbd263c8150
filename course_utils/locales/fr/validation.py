"""French of the messages of ``course_utils/validation.py`` (the shared checks and ``describe``)."""

MESSAGES: dict[str, str] = {
    # describe: what was received, in words
    "nothing (None)": "rien (None)",
    "the placeholder ____ (not filled in yet)": "le marqueur ____ (pas encore remplacé)",
    "a yes/no value ({value})": "une valeur oui/non ({value})",
    "NaN (not a number: a missing or undefined value)": "NaN (pas un nombre\u202f: une valeur manquante ou indéfinie)",
    "the number {value}": "le nombre {value}",
    "the complex number {value}": "le nombre complexe {value}",
    "the text {text} (a string)": "le texte {text} (une chaîne de caractères)",
    "a list of 0 items": "une liste vide (0 élément)",
    "a list of 1 item": "une liste d'un élément",
    "a list of {n} items": "une liste de {n} éléments",
    "a tuple of 0 items": "un tuple vide (0 élément)",
    "a tuple of 1 item": "un tuple d'un élément",
    "a tuple of {n} items": "un tuple de {n} éléments",
    "a set of 0 items": "un ensemble (set) vide",
    "a set of 1 item": "un ensemble (set) d'un élément",
    "a set of {n} items": "un ensemble (set) de {n} éléments",
    "a {kind} of 1 item": "un objet {kind} d'un élément",
    "a {kind} of {n} items": "un objet {kind} de {n} éléments",
    "a dictionary with keys {keys}{more}": "un dictionnaire de clés {keys}{more}",
    "the class {name} itself, not an object made from it (add parentheses: {name}())":
        "la classe {name} elle-même, et non un objet créé à partir d'elle (ajoutez des parenthèses\u202f: {name}())",
    "a PyTorch tensor of shape {shape}": "un tenseur PyTorch de forme {shape}",
    "a PyTorch model ({name})": "un modèle PyTorch ({name})",
    "an array of 1 value": "un tableau NumPy d'un seul nombre",
    "an array of {n} values": "un tableau NumPy de {n} nombres",
    "an array of shape {shape}": "un tableau NumPy de forme {shape}",
    "a table (DataFrame) of {rows} rows and {columns} columns":
        "un tableau pandas (DataFrame) de {rows} lignes et {columns} colonnes",
    "a column (Series) of {n} values": "une colonne pandas (Series) de {n} valeurs",
    "a scikit-learn model ({name})": "un modèle scikit-learn ({name})",
    "a {name} (values produced one at a time: wrap it in list(...))":
        "un objet {name} (des valeurs produites une à une\u202f: entourez-le de list(...))",
    "... (Ellipsis)": "... (points de suspension, Ellipsis)",
    "a function ({name})": "une fonction ({name})",
    "an object of type {name}": "un objet de type {name}",
    "{start}... ({digits} digits)": "{start}... ({digits} chiffres)",
    # as_array
    "{name} must have shape {expected}, got {ndim}-D with shape {shape}.":
        "{name} doit avoir la forme {expected}\u202f; reçu\u202f: un tableau à {ndim} dimension(s), de forme {shape}.",
    "{name} must be {expected}-D, got {ndim}-D with shape {shape}.":
        "{name} doit avoir {expected} dimension(s)\u202f; reçu\u202f: un tableau à {ndim} dimension(s), de forme "
        "{shape}.",
    "{name} must have shape {expected}, got {shape}.": "{name} doit avoir la forme {expected}\u202f; reçu\u202f: la "
                                                       "forme {shape}.",
    "{name} is empty (shape {shape}); it needs at least one value. Check the selection or filter that produced it "
    "(did it keep any row?).":
        "{name} est vide (forme {shape})\u202f; il faut au moins une valeur. Vérifiez la sélection ou le filtre qui "
        "l'a produit (a-t-il gardé au moins une ligne\u202f?).",
    "{name} contains {bad} missing or infinite value(s) (NaN/inf); the first is {value} {where}. Remove or fill them "
    "first (e.g. df.dropna(), or df.fillna(...)).":
        "{name} contient {bad} valeur(s) manquante(s) ou infinie(s) (NaN/inf)\u202f; la première est {value} "
        "{where}. Supprimez-les ou remplacez-les d'abord (par exemple df.dropna() ou df.fillna(...)).",
    "{name} must be an array of numbers, got {received}.": "{name} doit être un tableau de nombres\u202f; "
                                                           "reçu\u202f: {received}.",
    " If it holds a number, remove the quotes; if it names a column, select it from the table: df['column'].":
        " S'il contient un nombre, enlevez les guillemets\u202f; s'il désigne une colonne, sélectionnez-la dans le "
        "tableau\u202f: df['column'].",
    "{name} must be an array of numbers, got nothing (None). Did a function forget `return`, or a cell above not "
    "run?":
        "{name} doit être un tableau de nombres, mais ne contient rien (None). Une fonction a-t-elle oublié son "
        "`return`, ou une cellule plus haut n'a-t-elle pas été exécutée\u202f?",
    " Pass one of its entries (d['key']) or a table, pd.DataFrame(d).":
        " Donnez l'une de ses entrées (d['key']) ou un tableau, pd.DataFrame(d).",
    " A set has no order: use a list.": " Un ensemble (set) n'a pas d'ordre\u202f: utilisez une liste.",
    " Pass the data, not a function or a model (call it first and pass its result).":
        " Donnez les données, pas une fonction ni un modèle (appelez-le d'abord et donnez son résultat).",
    "{name} must be an array of numbers, got dates or durations (dtype {dtype}). Convert them to a number first, "
    "e.g. durations in days: (t - t0).dt.days.":
        "{name} doit être un tableau de nombres\u202f; reçu\u202f: des dates ou des durées (dtype {dtype}). "
        "Convertissez-les d'abord en nombres, par exemple des durées en jours\u202f: (t - t0).dt.days.",
    "{name} must be an array of real numbers, got complex numbers. Keep the real part (x.real) or the size (abs(x)) "
    "if that is what you meant.":
        "{name} doit être un tableau de nombres réels\u202f; reçu\u202f: des nombres complexes. Gardez la partie "
        "réelle (x.real) ou le module (abs(x)) si c'est ce que vous vouliez.",
    "{name} must hold whole numbers (counts, class numbers), got {value} {where}. Round it explicitly (np.round) if "
    "that is what you meant.":
        "{name} doit contenir des nombres entiers (des effectifs, des numéros de classe)\u202f; reçu\u202f: {value} "
        "{where}. Arrondissez explicitement (np.round) si c'est ce que vous vouliez.",
    "{name} must hold whole numbers, got NaN or infinite values. Remove or fill them first.":
        "{name} doit contenir des nombres entiers\u202f; reçu\u202f: des valeurs NaN ou infinies. Supprimez-les ou "
        "remplacez-les d'abord.",
    "{name} holds a number too large for a decimal number (over about 1.8e308). Check its units or scale it down.":
        "{name} contient un nombre trop grand pour un nombre décimal (au-delà d'environ 1,8e308). Vérifiez ses "
        "unités ou changez d'échelle.",
    "{name} must have rows of equal length, but {ragged}. Every row needs the same number of values (one per "
    "column).":
        "{name} doit avoir des lignes de même longueur, or {ragged}. Chaque ligne doit avoir le même nombre de "
        "valeurs (une par colonne).",
    "row 0 has {first} and row {other} has {second}": "la ligne 0 a {first}, la ligne {other} a {second}",
    "a single value": "une seule valeur",
    "1 value": "1 valeur",
    "{n} values": "{n} valeurs",
    "{name} must be an array of numbers, got {received} that cannot be read as numbers.":
        "{name} doit être un tableau de nombres\u202f; reçu\u202f: {received}, qui ne se lit pas comme des nombres.",
    " It holds a number in `.data`: pass that.": " Il contient un nombre dans `.data`\u202f: donnez celui-ci.",
    "{name} must be an array of numbers, got {received} that cannot be read as numbers: {where} holds {bad}.":
        "{name} doit être un tableau de nombres\u202f; reçu\u202f: {received}, qui ne se lit pas comme des "
        "nombres\u202f: {where} contient {bad}.",
    " Encode text categories as numbers first (e.g. df['sex'].map({'F': 0, 'M': 1})).":
        " Codez d'abord par des nombres les catégories écrites en texte (par exemple "
        "df['sex'].map({'F': 0, 'M': 1})).",
    " It looks like a decimal comma: write 12.5, not 12,5 (read a French CSV file with pd.read_csv(..., sep=';', "
    "decimal=',')).":
        " On dirait une virgule décimale\u202f: en Python, écrivez 12.5 et non 12,5 (un fichier CSV français se "
        "lit avec pd.read_csv(..., sep=';', decimal=',')).",
    " It is a missing value: remove or fill those rows first (df.dropna()).":
        " C'est une valeur manquante\u202f: supprimez ou complétez d'abord ces lignes (df.dropna()).",
    " Convert the tensors first, e.g. torch.stack(values).detach().numpy().":
        " Convertissez d'abord les tenseurs, par exemple torch.stack(values).detach().numpy().",
    "row {row}, column {column} ({name})": "la ligne {row}, colonne {column} ({name})",
    "index {i}": "l'indice {i}",
    "position {p}": "la position {p}",
    " (index label {label})": " (étiquette d'index {label})",
    "at index {i}{label}": "à l'indice {i}{label}",
    "at row {row}{label}, column {column}{name}": "à la ligne {row}{label}, colonne {column}{name}",
    "at position {p}": "à la position {p}",
    " If it holds one feature, use x.reshape(-1, 1); if it is one sample, use x.reshape(1, -1).":
        " S'il contient une seule variable, utilisez x.reshape(-1, 1)\u202f; s'il s'agit d'un seul échantillon (un "
        "patient), utilisez x.reshape(1, -1).",
    " It has a single column: flatten it with {name}.ravel().":
        " Il n'a qu'une colonne\u202f: aplatissez-le avec {name}.ravel().",
    " It has a single row: flatten it with {name}.ravel().": " Il n'a qu'une ligne\u202f: aplatissez-le avec "
                                                             "{name}.ravel().",
    " A single number was given: put it in a list, [x], or pass the whole array.":
        " Un seul nombre a été donné\u202f: mettez-le dans une liste, [x], ou donnez le tableau entier.",
    " To use images as a table, flatten each one: {name}.reshape(len({name}), -1).":
        " Pour utiliser des images comme un tableau, aplatissez chacune d'elles\u202f: "
        "{name}.reshape(len({name}), -1).",
    " Rows and columns may be swapped: try {name}.T.":
        " Les lignes et les colonnes sont peut-être inversées\u202f: essayez {name}.T.",
    " Keep only the {n} column(s) you need, e.g. {name}[:, :{n}] or df[['a', 'b']].":
        " Ne gardez que la ou les {n} colonne(s) utiles, par exemple {name}[:, 0:{n}] ou df[['a', 'b']].",
    # lengths and shapes
    "{a} and {b} must have the same number of samples, got {len_a} and {len_b}. Row i of {a} must describe the same "
    "patient as row i of {b}: take both from the same table or split.":
        "{a} et {b} doivent avoir le même nombre d'échantillons (de lignes)\u202f; reçu\u202f: {len_a} et {len_b}. "
        "La ligne i de {a} doit décrire le même patient que la ligne i de {b}\u202f: prenez-les dans le même "
        "tableau ou le même découpage.",
    "{name} must be an array with one row per sample, got {received}.":
        "{name} doit être un tableau avec une ligne par échantillon\u202f; reçu\u202f: {received}.",
    "{name} must be an array of numbers (with a shape), got {received}.":
        "{name} doit être un tableau de nombres (avec une forme)\u202f; reçu\u202f: {received}.",
    "{a} and {b} must have the same shape (one value of each per sample), got {shape_a} and {shape_b}.":
        "{a} et {b} doivent avoir la même forme (une valeur de chacun par échantillon)\u202f; reçu\u202f: {shape_a} "
        "et {shape_b}.",
    " One is a column and the other a flat list of the same {n} values: NumPy and PyTorch would pair every value "
    "with every other ({n} x {n} results) instead of value by value. Make them alike first: {column}.reshape(-1) "
    "(or .ravel(), or .squeeze(1) for a tensor), or {flat}.reshape(-1, 1).":
        " L'un est une colonne, l'autre une liste à plat des mêmes {n} valeurs\u202f: NumPy et PyTorch "
        "associeraient chaque valeur à toutes les autres ({n} x {n} résultats) au lieu de les apparier une à une. "
        "Donnez-leur d'abord la même forme\u202f: {column}.reshape(-1) (ou .ravel(), ou .squeeze(1) pour un "
        "tenseur), ou {flat}.reshape(-1, 1).",
    " Rows and columns are swapped: use {name}.T.": " Les lignes et les colonnes sont inversées\u202f: utilisez "
                                                    "{name}.T.",
    " They hold the same number of values arranged differently: see .reshape.":
        " Ils contiennent le même nombre de valeurs, rangées différemment\u202f: voyez .reshape.",
    # numbers
    "a number": "un nombre",
    "a number between 0 and 1": "un nombre entre 0 et 1",
    "{name} must be {kind}, got {received}.": "{name} doit être {kind}\u202f; reçu\u202f: {received}.",
    "{name} is too large ({value}); check its units.": "{name} est trop grand ({value})\u202f; vérifiez ses unités.",
    " Remove the quotes: {name}={value}": " Enlevez les guillemets\u202f: {name}={value}",
    " Give a single number, e.g. one element x[0] or a summary such as x.mean().":
        " Donnez un seul nombre, par exemple un élément x[0] ou un résumé comme x.mean().",
    " Did a function forget `return`?": " Une fonction a-t-elle oublié son `return`\u202f?",
    "{name} must be a finite number, got {value}.": "{name} doit être un nombre fini\u202f; reçu\u202f: {value}.",
    "{name} must be >= {minimum}, got {value}.": "{name} doit être >= {minimum}\u202f; reçu\u202f: {value}.",
    "{name} must be <= {maximum}, got {value}.": "{name} doit être <= {maximum}\u202f; reçu\u202f: {value}.",
    "{name} must be a finite number {bound}, got {value}.":
        "{name} doit être un nombre fini {bound}\u202f; reçu\u202f: {value}.",
    " Write it without decimals: {name}={value}.": " Écrivez-le sans décimales\u202f: {name}={value}.",
    " Round it first: round(x).": " Arrondissez-le d'abord\u202f: round(x).",
    " Remove the quotes: {name}={value}.": " Enlevez les guillemets\u202f: {name}={value}.",
    "the decimal number {value}": "le nombre décimal {value}",
    "{name} must be an integer (a whole number), got {received}.":
        "{name} doit être un entier (un nombre sans décimales)\u202f; reçu\u202f: {received}.",
    " For a percentage, divide by 100: {percent} % is {fraction}.":
        " Pour un pourcentage, divisez par 100\u202f: {percent}\u202f% correspond à {fraction}.",
    "{name} must be between 0 and 1, got {value}.": "{name} doit être compris entre 0 et 1\u202f; reçu\u202f: {value}.",
    "{name} must be strictly between 0 and 1, got {value}.":
        "{name} doit être strictement compris entre 0 et 1\u202f; reçu\u202f: {value}.",
    # yes/no, texts, choices, labels
    "{name} must be True or False, got {received}.": "{name} doit valoir True ou False\u202f; reçu\u202f: {received}.",
    "{name} must be a text (a string in quotes), got {received}.":
        "{name} doit être un texte (une chaîne entre guillemets)\u202f; reçu\u202f: {received}.",
    " Put the names in a list: [{value}, ...].": " Mettez les noms dans une liste\u202f: [{value}, ...].",
    "{name} must be a list of texts, got {received}.": "{name} doit être une liste de textes\u202f; reçu\u202f: "
                                                       "{received}.",
    "{name} must be a list of texts, got {received} at position {i}.":
        "{name} doit être une liste de textes\u202f; reçu\u202f: {received} à la position {i}.",
    "{name} must have {length} names, got {n}: {names}.":
        "{name} doit contenir {length} noms, mais en contient {n}\u202f: {names}.",
    " Did you mean {close}?": " Vouliez-vous dire {close}\u202f?",
    "{name} must be one of {choices}, got {received}.":
        "{name} doit être l'une des valeurs {choices}\u202f; reçu\u202f: {received}.",
    " They look like probabilities: turn them into labels first, e.g. ({name} >= 0.5).astype(int).":
        " On dirait des probabilités\u202f: transformez-les d'abord en étiquettes, par exemple "
        "({name} >= 0.5).astype(int).",
    " Recode them as 0 (negative) and 1 (positive), e.g. ({name} == {positive}).astype(int).":
        " Recodez-les en 0 (négatif) et 1 (positif), par exemple ({name} == {positive}).astype(int).",
    "{name} must contain only 0 and 1 (negative/positive), got values {values}.":
        "{name} ne doit contenir que des 0 et des 1 (négatif/positif)\u202f; valeurs reçues\u202f: {values}.",
}
