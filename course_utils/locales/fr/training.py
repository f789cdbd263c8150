"""French of the messages of ``course_utils/training.py`` (the training loop: errors, progress bar, printed lines)."""

MESSAGES: dict[str, str] = {
    # ---- how the messages name what they received
    "a tensor of shape {shape}, dtype {dtype}": "un tenseur de forme {shape}, de type {dtype}",
    "an array of shape {shape}, dtype {dtype}": "un tableau de forme {shape}, de type {dtype}",
    "row {row}": "ligne {row}",
    "row {row}, column {column}{label}": "ligne {row}, colonne {column}{label}",
    "sample {sample}, position {position}": "échantillon {sample}, position {position}",
    "NaN (a missing value)": "NaN (une valeur manquante)",
    "{value} (an infinite value)": "{value} (une valeur infinie)",
    " ({count} more in all)": " (et {count} autres en tout)",
    "{items}, {item}": "{items}\u202f; {item}",
    "{items}; {item}": "{items}\u202f; {item}",
    # ---- the data of fit: training, validation, mini-batches
    "X (training inputs)": "X (entrées d'entraînement)",
    "y (training targets)": "y (cibles d'entraînement)",
    "X (validation inputs)": "X (entrées de validation)",
    "y (validation targets)": "y (cibles de validation)",
    "of the training data": "des données d'entraînement",
    "of the validation data": "des données de validation",
    "of the data": "des données",
    "the training data": "les données d'entraînement",
    "the validation data": "les données de validation",
    "the data": "les données",
    "X (mini-batch {number})": "X (mini-lot {number})",
    "y (mini-batch {number})": "y (mini-lot {number})",
    "X (mini-batch {number} {of_data})": "X (mini-lot {number} {of_data})",
    "y (mini-batch {number} {of_data})": "y (mini-lot {number} {of_data})",
    # ---- the model
    "{name} must be a PyTorch network (a torch.nn.Module such as torch.nn.Linear(2, 1))":
        "{name} doit être un réseau PyTorch (un torch.nn.Module, par exemple torch.nn.Linear(2, 1))",
    "{expected}, {got}": "{expected}. {got}",
    "got the class {cls} itself, not a network built from it. Build one with parentheses and its arguments, e.g. "
    "net = {cls}(...), then pass net.":
        "Reçu\u202f: la classe {cls} elle-même, et non un réseau construit à partir d'elle. Construisez-en un avec "
        "des parenthèses et ses arguments, par exemple net = {cls}(...), puis passez net.",
    "got a scikit-learn model ({kind}). The course's training helpers work on PyTorch networks; a scikit-learn model "
    "has its own methods: model.fit(X, y), model.predict(X) and model.predict_proba(X).":
        "Reçu\u202f: un modèle scikit-learn ({kind}). Les outils d'entraînement du cours travaillent sur des réseaux "
        "PyTorch\u202f; un modèle scikit-learn a ses propres méthodes\u202f: model.fit(X, y), model.predict(X) et "
        "model.predict_proba(X).",
    "got the text {text}. Pass the network itself: its variable name, without quotes.":
        "Reçu\u202f: le texte {text}. Passez le réseau lui-même\u202f: le nom de sa variable, sans guillemets.",
    "got the function {function}. If it builds the network, call it and pass the result: {name}={function}().":
        "Reçu\u202f: la fonction {function}. Si elle construit le réseau, appelez-la et passez son résultat\u202f: "
        "{name}={function}().",
    "got nothing (None). Did the cell that builds the network run, and does its function end with `return`?":
        "Reçu\u202f: rien (None). La cellule qui construit le réseau a-t-elle été exécutée, et sa fonction se "
        "termine-t-elle par `return`\u202f?",
    "got {received}.": "Reçu\u202f: {received}.",
    "the model's weights ({name}) already hold NaN or infinite values, probably from an earlier training that "
    "diverged. Build a new model (run the cell that creates it) first.":
        "les poids du modèle ({name}) contiennent déjà des valeurs NaN ou infinies, sans doute à cause d'un "
        "entraînement précédent qui a divergé. Construisez d'abord un nouveau modèle (exécutez la cellule qui le "
        "crée).",
    "the model has no trainable weights ({model} with {count} weights, none with requires_grad=True), so training "
    "cannot change it. Unfreeze the layers to train (requires_grad = True).":
        "le modèle n'a aucun poids entraînable ({model} avec {count} poids, aucun avec requires_grad=True)\u202f: "
        "l'entraînement ne peut donc pas le modifier. Dégelez les couches à entraîner (requires_grad = True).",
    # ---- the loss
    "torch.nn.BCEWithLogitsLoss() (yes/no, one output), torch.nn.CrossEntropyLoss() (several classes, one output "
    "per class) or torch.nn.MSELoss() (a measurement)":
        "torch.nn.BCEWithLogitsLoss() (oui/non, une sortie), torch.nn.CrossEntropyLoss() (plusieurs classes, une "
        "sortie par classe) ou torch.nn.MSELoss() (une mesure)",
    "loss_fn must be a loss function such as torch.nn.BCEWithLogitsLoss(), got the class {cls} itself. Add "
    "parentheses to build the loss: loss_fn={cls}().":
        "loss_fn doit être une fonction de perte, par exemple torch.nn.BCEWithLogitsLoss(). Reçu\u202f: la classe "
        "{cls} elle-même. Ajoutez des parenthèses pour construire la perte\u202f: loss_fn={cls}().",
    "fit needs the loss to minimise: add loss_fn=..., for example {examples}.":
        "fit a besoin de la fonction de perte à minimiser\u202f: ajoutez loss_fn=..., par exemple {examples}.",
    "loss_fn must be a loss function such as {examples}, got {received}.":
        "loss_fn doit être une fonction de perte, par exemple {examples}. Reçu\u202f: {received}.",
    "loss_fn must give one loss per mini-batch (its mean), got {name}(reduction='none'), which gives one loss per "
    "sample. Use the default: loss_fn=torch.nn.{name}().":
        "loss_fn doit donner une seule perte par mini-lot (leur moyenne). Reçu\u202f: {name}(reduction='none'), qui "
        "donne une perte par échantillon. Gardez le réglage par défaut\u202f: loss_fn=torch.nn.{name}().",
    # ---- the device
    "device must be 'cpu', 'cuda' (an NVIDIA GPU) or 'mps' (an Apple GPU), or None to let the course choose the "
    "best one, got {received}.":
        "device doit valoir 'cpu', 'cuda' (une carte graphique NVIDIA) ou 'mps' (une puce graphique Apple), ou None "
        "pour laisser le cours choisir le meilleur. Reçu\u202f: {received}.",
    "device={device} asks for a {kind} GPU, but PyTorch finds none on this computer. Leave device out (the course "
    "picks the best one available) or use device='cpu'.":
        "device={device} demande une carte graphique {kind}, mais PyTorch n'en trouve aucune sur cet ordinateur. "
        "Retirez device (le cours choisit le meilleur calculateur disponible) ou écrivez device='cpu'.",
    # ---- missing values and conversions
    "{name} must hold only finite numbers, but {position} holds {what}{others}. {consequence} {fix}":
        "{name} ne doit contenir que des nombres finis, mais on trouve {what}{others} en {position}. {consequence} "
        "{fix}",
    "A network cannot learn from missing or infinite values: the loss would become NaN whatever the learning rate.":
        "Un réseau ne peut pas apprendre à partir de valeurs manquantes ou infinies\u202f: la perte deviendrait NaN "
        "quel que soit le taux d'apprentissage.",
    "A network cannot compute a prediction from missing or infinite values: the output would be NaN.":
        "Un réseau ne peut pas calculer de prédiction à partir de valeurs manquantes ou infinies\u202f: la sortie "
        "serait NaN.",
    "Fill or remove them first (e.g. df.dropna(), or df.fillna(...) with values computed on the training data), "
    "then convert again.":
        "Complétez-les ou retirez-les d'abord (par exemple df.dropna(), ou df.fillna(...) avec des valeurs calculées "
        "sur les données d'entraînement), puis refaites la conversion.",
    "{name} must hold real numbers, got {received}. Keep the real part (x.real) or the size (x.abs()) if that is "
    "what you meant.":
        "{name} doit contenir des nombres réels. Reçu\u202f: {received}. Gardez la partie réelle (x.real) ou le module "
        "(x.abs()) si c'est ce que vous vouliez.",
    "{name} must hold at least one sample (shape (n_samples, ...)), got {received}.":
        "{name} doit contenir au moins un échantillon (forme (n_samples, ...)). Reçu\u202f: {received}.",
    "{name} must hold numbers (0/1 labels, class numbers or measurements), got values of dtype {dtype}. Encode them "
    "as numbers first, e.g. (y == 'yes').astype(int).":
        "{name} doit contenir des nombres (étiquettes 0/1, numéros de classe ou mesures). Reçu\u202f: des valeurs de "
        "type {dtype}. Codez-les d'abord en nombres, par exemple (y == 'yes').astype(int).",
    "{name} must hold one target per sample, got {received}.":
        "{name} doit contenir une cible par échantillon. Reçu\u202f: {received}.",
    "y_dtype must be 'float32' (0/1 labels or measurements) or 'int64' (class numbers for CrossEntropyLoss), got "
    "{received}.":
        "y_dtype doit valoir 'float32' (étiquettes 0/1 ou mesures) ou 'int64' (numéros de classe pour "
        "CrossEntropyLoss). Reçu\u202f: {received}.",
    "X and y must have the same number of samples (one target per row of X), got {n_x} and {n_y}. Take both from "
    "the same table or the same split.":
        "X et y doivent avoir le même nombre d'échantillons (une cible par ligne de X). Reçu\u202f: {n_x} et {n_y}. "
        "Prenez-les dans le même tableau ou le même découpage.",
    "{x_name} and {y_name} must have the same number of samples (one target per row of X), got {n_x} and {n_y}. "
    "Row i of X and row i of y must describe the same patient: take both from the same table or the same split.":
        "{x_name} et {y_name} doivent avoir le même nombre d'échantillons (une cible par ligne de X). Reçu\u202f: "
        "{n_x} et {n_y}. La ligne i de X et la ligne i de y doivent décrire le même patient\u202f: prenez-les dans le "
        "même tableau ou le même découpage.",
    # ---- mini-batches
    "{name} must be a torch tensor here, got {received}. Convert the data first: X_t, y_t = "
    "training.to_tensors(X, y).":
        "{name} doit ici être un tenseur torch. Reçu\u202f: {received}. Convertissez d'abord les données\u202f: "
        "X_t, y_t = training.to_tensors(X, y).",
    "X and y must hold the same number of samples (at least one), got X of shape {x_shape} and y of shape "
    "{y_shape}. Row i of X and row i of y must describe the same patient.":
        "X et y doivent contenir le même nombre d'échantillons (au moins un). Reçu\u202f: X de forme {x_shape} et y "
        "de forme {y_shape}. La ligne i de X et la ligne i de y doivent décrire le même patient.",
    "each mini-batch {of_data} must be a pair (inputs, targets), but mini-batch {number} is {received}. Pass the "
    "data as (X, y), or a DataLoader over TensorDataset(X, y) (with the targets too).":
        "chaque mini-lot {of_data} doit être une paire (entrées, cibles), mais le mini-lot {number} est {received}. "
        "Passez les données sous la forme (X, y), ou un DataLoader sur TensorDataset(X, y) (cibles comprises).",
    "each mini-batch must be the inputs or a pair (inputs, targets), but mini-batch {number} is {received}.":
        "chaque mini-lot doit être les entrées seules ou une paire (entrées, cibles), mais le mini-lot {number} est "
        "{received}.",
    "{data} gave no mini-batch{at}: expected at least one pair (inputs, targets), got {received}.{advice}":
        "{data} n'ont donné aucun mini-lot{at}\u202f: au moins une paire (entrées, cibles) était attendue. "
        "Reçu\u202f: {received}.{advice}",
    " in epoch {epoch}": " à l'époque {epoch}",
    " It can be read only once (a generator or iterator?): pass (X, y) or a DataLoader instead.":
        " Cette source ne se lit qu'une seule fois (un générateur ou un itérateur\u202f?)\u202f: passez plutôt "
        "(X, y) ou un DataLoader.",
    " Is it empty?": " La source de données est-elle vide\u202f?",
    "{name} must yield mini-batches (inputs, targets), got a pair (X, y) of whole data sets. Cut it into "
    "mini-batches first: {name}=training.make_loader(X, y, batch_size=32).":
        "{name} doit fournir des mini-lots (entrées, cibles). Reçu\u202f: une paire (X, y) de jeux de données "
        "complets. Découpez-la d'abord en mini-lots\u202f: {name}=training.make_loader(X, y, batch_size=32).",
    "{name} must yield mini-batches (inputs, targets), such as training.make_loader(X, y) or a torch DataLoader, "
    "got {received}.":
        "{name} doit fournir des mini-lots (entrées, cibles), par exemple training.make_loader(X, y) ou un "
        "DataLoader de torch. Reçu\u202f: {received}.",
    "{name} must be a pair (X, y) or a DataLoader, got {received}. Pass exactly two things, the inputs and the "
    "targets: {name}=(X_{name}, y_{name}).":
        "{name} doit être une paire (X, y) ou un DataLoader. Reçu\u202f: {received}. Passez exactement deux "
        "éléments, les entrées et les cibles\u202f: {name}=(X_{name}, y_{name}).",
    "{name} must be a pair (X, y) or a DataLoader, got only {received}. Pass the targets too: "
    "{name}=(X_{name}, y_{name}).":
        "{name} doit être une paire (X, y) ou un DataLoader. Reçu seulement\u202f: {received}. Passez aussi les "
        "cibles\u202f: {name}=(X_{name}, y_{name}).",
    "{name} must be a pair (X, y) or a DataLoader, got {received}.":
        "{name} doit être une paire (X, y) ou un DataLoader. Reçu\u202f: {received}.",
    "data must be the inputs X only, got a pair: {first} and {second} (inputs and targets?). Use "
    "predict(model, X).":
        "data doit contenir les entrées X seules. Reçu\u202f: une paire, {first} et {second} (entrées et "
        "cibles\u202f?). Écrivez predict(model, X).",
    # ---- inputs that do not suit the model's first layer
    "the model expects 1 input feature per sample (X of shape (n_samples, 1)), but {name} has shape {shape}: one "
    "value per sample, without the feature axis. Use X.reshape(-1, 1).":
        "le modèle attend 1 variable d'entrée par échantillon (X de forme (n_samples, 1)), mais {name} a la forme "
        "{shape}\u202f: une valeur par échantillon, sans l'axe des variables. Écrivez X.reshape(-1, 1).",
    "the model expects {k} numbers per sample once flattened, but {name} has {got} (shape {shape}). Give it images "
    "of the size it was built for, or build its first dense layer for {got}: torch.nn.Linear({got}, ...).":
        "le modèle attend {k} nombres par échantillon une fois aplati, mais {name} en a {got} (forme {shape}). "
        "Donnez-lui des images de la taille pour laquelle il a été construit, ou construisez sa première couche "
        "dense pour {got}\u202f: torch.nn.Linear({got}, ...).",
    "the model expects {k} input features per sample, but {name} has {got} (shape {shape}). Select the {k} columns "
    "the model was built for, or build the model for {got}: torch.nn.Linear({got}, ...).":
        "le modèle attend {k} variables d'entrée par échantillon, mais {name} en a {got} (forme {shape}). "
        "Sélectionnez les {k} colonnes pour lesquelles le modèle a été construit, ou construisez le modèle pour "
        "{got}\u202f: torch.nn.Linear({got}, ...).",
    "(n_samples, {channels}, length)": "(n_samples, {channels}, longueur)",
    "(n_samples, {channels}, height, width)": "(n_samples, {channels}, hauteur, largeur)",
    "(n_samples, {channels}, depth, height, width)": "(n_samples, {channels}, profondeur, hauteur, largeur)",
    "{count} channel": "{count} canal",
    "{count} channels": "{count} canaux",
    " Add the channel axis: X[:, None] gives shape {shape}.":
        " Ajoutez l'axe des canaux\u202f: X[:, None] donne la forme {shape}.",
    " The channels are last: move them to axis 1 with X.permute(0, {last}, {order}).":
        " Les canaux sont en dernier\u202f: placez-les sur l'axe 1 avec X.permute(0, {last}, {order}).",
    "the model's first layer ({layer}) expects inputs of shape {expected}, but {name} has shape {shape}.{fix}":
        "la première couche du modèle ({layer}) attend des entrées de forme {expected}, mais {name} a la forme "
        "{shape}.{fix}",
    " Add the feature axis: X[..., None].": " Ajoutez l'axe des variables\u202f: X[..., None].",
    " Each time step has {n} value(s) in X; the layer was built for {k}.":
        " Chaque pas de temps compte {n} valeur(s) dans X\u202f; la couche a été construite pour {k}.",
    "the model's first layer ({layer}) expects sequences of shape {expected}, but {name} has shape {shape}.{fix}":
        "la première couche du modèle ({layer}) attend des séquences de forme {expected}, mais {name} a la forme "
        "{shape}.{fix}",
    "the model failed on {name} ({tensor}) with {error}: {detail}. Check that X has the shape the model's first "
    "layer expects, and the model's forward method (see the error above).":
        "le modèle a échoué sur {name} ({tensor}) avec l'erreur {error}\u202f: `{detail}`. Vérifiez que X a la forme "
        "qu'attend la première couche du modèle, ainsi que la méthode forward du modèle (voir l'erreur ci-dessus).",
    # ---- outputs and targets
    " An LSTM or GRU returns (outputs, state): keep the part you need in forward.":
        " Un LSTM ou un GRU renvoie (sorties, état)\u202f: ne gardez dans forward que la partie utile.",
    "the model must return a tensor of outputs, got {received}.{fix}":
        "le modèle doit renvoyer un tenseur de sorties. Reçu\u202f: {received}.{fix}",
    "the model must return one row of outputs per sample, but for {n} samples of {name} (shape {x_shape}) it "
    "returned outputs of shape {out_shape}. Did forward flatten the whole mini-batch (x.view(-1), x.flatten())? Keep "
    "the sample axis: x.flatten(1).":
        "le modèle doit renvoyer une ligne de sorties par échantillon, mais pour {n} échantillons de {name} (forme "
        "{x_shape}) il a renvoyé des sorties de forme {out_shape}. forward a-t-il aplati tout le mini-lot "
        "(x.view(-1), x.flatten())\u202f? Gardez l'axe des échantillons\u202f: x.flatten(1).",
    "{loss} compares each output of the model with its own target, so {name} must have the shape of the outputs, "
    "{out_shape}, but it has shape {y_shape}.":
        "{loss} compare chaque sortie du modèle à sa propre cible\u202f: {name} doit donc avoir la forme des "
        "sorties, {out_shape}, mais sa forme est {y_shape}.",
    "{head} PyTorch would compare every output with every target (a {n} x {n} table) and train on nonsense. Add the "
    "missing axis: y.reshape(-1, 1), e.g. training.to_tensors(X, y.reshape(-1, 1)).":
        "{head} PyTorch comparerait chaque sortie à chaque cible (un tableau {n} x {n}) et apprendrait n'importe "
        "quoi. Ajoutez l'axe manquant\u202f: y.reshape(-1, 1), par exemple training.to_tensors(X, y.reshape(-1, 1)).",
    "{head} PyTorch would compare every output with every target (a {n} x {n} table) and train on nonsense. Remove "
    "y's extra axis: y.reshape(-1), or make the model output shape (n_samples, 1).":
        "{head} PyTorch comparerait chaque sortie à chaque cible (un tableau {n} x {n}) et apprendrait n'importe "
        "quoi. Retirez l'axe en trop de y\u202f: y.reshape(-1), ou faites sortir du modèle la forme (n_samples, 1).",
    "{head} The model outputs 2 numbers per sample, but {loss} needs one per target. For two classes, either end the "
    "model with 1 output (torch.nn.Linear(..., 1)) and keep y of shape (n_samples, 1) with 0/1 values, or keep 2 "
    "outputs and use torch.nn.CrossEntropyLoss() with y holding the class numbers 0/1 (shape (n_samples,), dtype "
    "int64).":
        "{head} Le modèle sort 2 nombres par échantillon, mais {loss} en attend un par cible. Pour deux classes, "
        "soit terminez le modèle par 1 sortie (torch.nn.Linear(..., 1)) et gardez y de forme (n_samples, 1) avec "
        "des valeurs 0/1, soit gardez 2 sorties et prenez torch.nn.CrossEntropyLoss() avec, dans y, les numéros de "
        "classe 0/1 (forme (n_samples,), type int64).",
    "{head} They hold the same number of values per sample: reshape y to the outputs' shape.":
        "{head} Ils contiennent le même nombre de valeurs par échantillon\u202f: donnez à y la forme des sorties "
        "(reshape).",
    "{head} Check the number of outputs of the model's last layer ({n_out} per sample) against the number of "
    "targets per sample ({n_y}).":
        "{head} Comparez le nombre de sorties de la dernière couche du modèle ({n_out} par échantillon) au nombre "
        "de cibles par échantillon ({n_y}).",
    " If y is coded 1/2, use y - 1 (then 0 = no, 1 = yes).":
        " Si y est codé 1/2, prenez y - 1 (alors 0 = non, 1 = oui).",
    " If y is coded -1/1, use (y + 1) / 2.": " Si y est codé -1/1, prenez (y + 1) / 2.",
    " If y holds class numbers 0, 1, 2, ..., use torch.nn.CrossEntropyLoss() with one output per class and y of "
    "dtype int64.":
        " Si y contient des numéros de classe 0, 1, 2, ..., prenez torch.nn.CrossEntropyLoss() avec une sortie par "
        "classe et y de type int64.",
    "{loss} compares each output with a target between 0 and 1 (0 = no, 1 = yes), but {name} holds {value} at "
    "{position} (its values: {values}).{fix}":
        "{loss} compare chaque sortie à une cible comprise entre 0 et 1 (0 = non, 1 = oui), mais {name} contient "
        "{value} en {position} (ses valeurs\u202f: {values}).{fix}",
    " Remove y's extra axis: y.reshape(-1).": " Retirez l'axe en trop de y\u202f: y.reshape(-1).",
    " y looks one-hot encoded: give the class numbers, y.argmax(dim=1), or probabilities, y.float().":
        " y semble codé en one-hot\u202f: donnez les numéros de classe, y.argmax(dim=1), ou des probabilités, "
        "y.float().",
    "{loss} compares the model's {n_classes} outputs per sample with one class number per sample, so {name} must "
    "have shape {expected}, but it has shape {shape}.{fix}":
        "{loss} compare les {n_classes} sorties du modèle par échantillon à un numéro de classe par échantillon\u202f: "
        "{name} doit donc avoir la forme {expected}, mais sa forme est {shape}.{fix}",
    "{loss} needs class numbers (0, 1, 2, ...) in {name}, but {position} holds {value}, which is not a whole number. "
    "For a measurement use torch.nn.MSELoss(); for a yes/no probability, torch.nn.BCEWithLogitsLoss().":
        "{loss} attend des numéros de classe (0, 1, 2, ...) dans {name}, mais on trouve {value} en {position}, "
        "qui n'est pas un nombre entier. Pour une mesure, prenez torch.nn.MSELoss()\u202f; pour une probabilité "
        "oui/non, torch.nn.BCEWithLogitsLoss().",
    "Class numbers cannot be negative: recode y as 0, 1, 2, ... (a -1/1 coding becomes (y + 1) // 2).":
        "Un numéro de classe ne peut pas être négatif\u202f: recodez y en 0, 1, 2, ... (un codage -1/1 devient "
        "(y + 1) // 2).",
    "The classes seem to start at {low}: number them from 0 with y - {low} (or give the last layer {n} outputs).":
        "Les classes semblent commencer à {low}\u202f: numérotez-les à partir de 0 avec y - {low} (ou donnez "
        "{n} sorties à la dernière couche).",
    "Give the last layer one output per class ({n} outputs), or check y.":
        "Donnez à la dernière couche une sortie par classe ({n} sorties), ou vérifiez y.",
    "the model outputs {n_classes} numbers per sample, one per class (classes 0 to {last}), but {name} holds the "
    "class {value} at {position}. {fix}":
        "le modèle sort {n_classes} nombres par échantillon, un par classe (classes 0 à {last}), mais {name} "
        "contient la classe {value} en {position}. {fix}",
    "{loss} needs one output per class (at least 2, shape (n_samples, n_classes)), but the model outputs shape "
    "{shape}: one number per sample. For two classes either keep that single output and use "
    "torch.nn.BCEWithLogitsLoss() with 0/1 targets of the same shape, or end the model with "
    "torch.nn.Linear(..., 2).":
        "{loss} attend une sortie par classe (au moins 2, forme (n_samples, n_classes)), mais le modèle sort la "
        "forme {shape}\u202f: un seul nombre par échantillon. Pour deux classes, soit gardez cette sortie unique et "
        "prenez torch.nn.BCEWithLogitsLoss() avec des cibles 0/1 de même forme, soit terminez le modèle par "
        "torch.nn.Linear(..., 2).",
    # ---- calling the loss
    " BCELoss needs probabilities between 0 and 1, but the model outputs values from {low} to {high}. Use "
    "torch.nn.BCEWithLogitsLoss() on the raw outputs (it applies the sigmoid itself), or end the model with "
    "torch.nn.Sigmoid().":
        " BCELoss attend des probabilités entre 0 et 1, mais le modèle sort des valeurs de {low} à {high}. Prenez "
        "torch.nn.BCEWithLogitsLoss() sur les sorties brutes (elle applique elle-même la sigmoïde), ou terminez le "
        "modèle par torch.nn.Sigmoid().",
    "loss_fn ({loss}) could not compare the model's outputs, {outputs}, with {name}, {targets}: {error}: "
    "{detail}.{hint}":
        "loss_fn ({loss}) n'a pas pu comparer les sorties du modèle, {outputs}, à {name}, {targets}\u202f: "
        "{error}\u202f: `{detail}`.{hint}",
    "loss_fn must return the loss as a torch tensor, got {received}. Compute it with torch operations on the outputs "
    "(not NumPy, not .item()) so that backward() finds the gradients.":
        "loss_fn doit renvoyer la perte sous forme de tenseur torch. Reçu\u202f: {received}. Calculez-la avec des "
        "opérations torch sur les sorties (ni NumPy, ni .item()) pour que backward() trouve les gradients.",
    "loss_fn must return one number (the mean loss of the mini-batch), got a tensor of shape {shape}. Average it: "
    "return loss.mean().":
        "loss_fn doit renvoyer un seul nombre (la perte moyenne du mini-lot). Reçu\u202f: un tenseur de forme "
        "{shape}. Faites-en la moyenne\u202f: return loss.mean().",
    "the loss does not depend on the model's weights, so backward() cannot compute gradients. Compute it from the "
    "model's outputs with torch operations (no .detach(), .item(), NumPy or torch.no_grad() inside loss_fn), and "
    "check that some weights are trainable.":
        "la perte ne dépend pas des poids du modèle\u202f: backward() ne peut donc pas calculer de gradients. "
        "Calculez-la à partir des sorties du modèle avec des opérations torch (pas de .detach(), .item(), NumPy ni "
        "torch.no_grad() dans loss_fn), et vérifiez que certains poids sont entraînables.",
    # ---- divergence
    "The learning rate is probably too large: try one 10 times smaller.":
        "Le taux d'apprentissage est sans doute trop grand\u202f: essayez-en un 10 fois plus petit.",
    "The learning rate (lr={lr}) is probably too large: try one 10 times smaller (lr={smaller}), and smaller again if "
    "needed.":
        "Le taux d'apprentissage (lr={lr}) est sans doute trop grand\u202f: essayez-en un 10 fois plus petit "
        "(lr={smaller}), puis plus petit encore si nécessaire.",
    " The inputs are also very large (up to {largest}): standardise the features first (training.standardize).":
        " Les entrées sont aussi très grandes (jusqu'à {largest})\u202f: standardisez d'abord les variables "
        "(training.standardize).",
    "The inputs are very large (up to {largest}): standardise the features first (training.standardize).":
        "Les entrées sont très grandes (jusqu'à {largest})\u202f: standardisez d'abord les variables "
        "(training.standardize).",
    "Check loss_fn: e.g. BCELoss on probabilities of exactly 0 or 1 gives inf, which torch.nn.BCEWithLogitsLoss() on "
    "the raw outputs avoids.":
        "Vérifiez loss_fn\u202f: par exemple, BCELoss sur des probabilités d'exactement 0 ou 1 donne inf, ce que "
        "torch.nn.BCEWithLogitsLoss() appliquée aux sorties brutes évite.",
    "the loss is already {loss} on the first mini-batch, before any learning step, although the data are finite: the "
    "learning rate is not the cause. {cause}":
        "la perte vaut déjà {loss} sur le premier mini-lot, avant toute étape d'apprentissage, alors que les données "
        "sont finies\u202f: le taux d'apprentissage n'est pas en cause. {cause}",
    "epoch {epoch}, mini-batch {number}": "à l'époque {epoch}, mini-lot {number}",
    "mini-batch {number}": "au mini-lot {number}",
    "the training diverged at {at}: the training loss became {loss}{story}. {advice} These weights are now "
    "unusable: build a new model before training again.":
        "l'entraînement a divergé {at}\u202f: la perte d'entraînement est devenue {loss}{story}. {advice} Ces "
        "poids sont désormais inutilisables\u202f: construisez un nouveau modèle avant de relancer l'entraînement.",
    "the last mini-batches of this epoch: {values}": "derniers mini-lots de cette époque\u202f: {values}",
    "{value} before training": "{value} avant l'entraînement",
    "mean loss per epoch: {values}": "perte moyenne par époque\u202f: {values}",
    "the training diverged at epoch {epoch}: the mean training loss rose to {loss}, more than {factor} times its "
    "value before training{story}. {advice} These weights are now unusable: build a new model before training "
    "again.":
        "l'entraînement a divergé à l'époque {epoch}\u202f: la perte moyenne d'entraînement est montée à {loss}, "
        "plus de {factor} fois sa valeur avant l'entraînement{story}. {advice} Ces poids sont désormais "
        "inutilisables\u202f: construisez un nouveau modèle avant de relancer l'entraînement.",
    "Warning: the training loss ended at {loss}, more than twice its value before training ({reference}): the model "
    "got worse instead of learning. {advice}":
        "Attention\u202f: la perte d'entraînement a fini à {loss}, plus du double de sa valeur avant l'entraînement "
        "({reference})\u202f: le modèle s'est dégradé au lieu d'apprendre. {advice}",
    # ---- fit's other settings
    "metric must be a function metric(outputs, targets) -> number, or None, got {received}.":
        "metric doit être une fonction metric(outputs, targets) -> nombre, ou None. Reçu\u202f: {received}.",
    "metric(outputs, targets) must return one number, but it failed on outputs ({outputs}) and targets ({targets}) "
    "with {error}: {detail}.":
        "metric(outputs, targets) doit renvoyer un nombre, mais elle a échoué sur les sorties ({outputs}) et les "
        "cibles ({targets}) avec l'erreur {error}\u202f: `{detail}`.",
    "early stopping (patience) needs validation data: pass val=(X_val, y_val).":
        "l'arrêt précoce (patience) a besoin de données de validation\u202f: passez val=(X_val, y_val).",
    "val_loss must be a number (the mean validation loss), got {received}.":
        "val_loss doit être un nombre (la perte moyenne de validation). Reçu\u202f: {received}.",
    "val_loss must be a finite number, got {value} at epoch {epoch}: the validation loss could not be computed (a "
    "diverged training, or missing values in the validation data).":
        "val_loss doit être un nombre fini. Reçu\u202f: {value} à l'époque {epoch}\u202f: la perte de validation "
        "n'a pas pu être calculée (un entraînement qui a divergé, ou des valeurs manquantes dans les données de "
        "validation).",
    "optimizer must be a torch optimizer{default}, got {got}":
        "optimizer doit être un optimiseur torch{default}. Reçu\u202f: {got}",
    " (or None: fit then uses Adam with the learning rate lr)":
        " (ou None\u202f: fit utilise alors Adam avec le taux d'apprentissage lr)",
    "the class {cls} itself. Build it on the model's weights: {cls}(model.parameters(), lr=0.01).":
        "la classe {cls} elle-même. Construisez-le sur les poids du modèle\u202f: {cls}(model.parameters(), "
        "lr=0.01).",
    "{received}. Build one, e.g. torch.optim.Adam(model.parameters(), lr=0.01).":
        "{received}. Construisez-en un, par exemple torch.optim.Adam(model.parameters(), lr=0.01).",
    "the optimizer was built on another model's weights, so training would not change this model. Build it on this "
    "one: torch.optim.Adam(model.parameters(), lr=...).":
        "l'optimiseur a été construit sur les poids d'un autre modèle\u202f: l'entraînement ne modifierait donc pas "
        "celui-ci. Construisez-le sur ce modèle\u202f: torch.optim.Adam(model.parameters(), lr=...).",
    "lr (learning rate)": "lr (taux d'apprentissage)",
    "lr (learning rate) must be a number, got {received}. Remove the quotes: lr={value}.":
        "lr (taux d'apprentissage) doit être un nombre. Reçu\u202f: {received}. Enlevez les guillemets\u202f: "
        "lr={value}.",
    "lr={lr} would be ignored: the optimizer you passed has its own learning rate ({own}). Give the learning rate to "
    "the optimizer (torch.optim.Adam(model.parameters(), lr=...)) or leave out optimizer.":
        "lr={lr} serait ignoré\u202f: l'optimiseur que vous avez passé a son propre taux d'apprentissage ({own}). "
        "Donnez le taux d'apprentissage à l'optimiseur (torch.optim.Adam(model.parameters(), lr=...)) ou retirez "
        "optimizer.",
    "scheduler needs the optimizer it was built on: pass optimizer=... as well (fit would otherwise train with its "
    "own Adam optimizer, which the scheduler does not control).":
        "scheduler a besoin de l'optimiseur sur lequel il a été construit\u202f: passez aussi optimizer=... (sinon "
        "fit entraînerait avec son propre optimiseur Adam, que le scheduler ne pilote pas).",
    "the class {cls} itself. Build it on the optimizer: {cls}(optimizer, ...).":
        "la classe {cls} elle-même. Construisez-le sur l'optimiseur\u202f: {cls}(optimizer, ...).",
    "scheduler must be a learning-rate scheduler built on the optimizer, e.g. "
    "torch.optim.lr_scheduler.StepLR(optimizer, step_size=10), got {got}":
        "scheduler doit être un planificateur du taux d'apprentissage construit sur l'optimiseur, par exemple "
        "torch.optim.lr_scheduler.StepLR(optimizer, step_size=10). Reçu\u202f: {got}",
    "scheduler was built on another optimizer than the one passed to fit, so the learning rate would not change. "
    "Build it on this optimizer.":
        "scheduler a été construit sur un autre optimiseur que celui passé à fit\u202f: le taux d'apprentissage ne "
        "changerait donc pas. Construisez-le sur cet optimiseur.",
    "the OneCycleLR scheduler was built for {total} steps, but fit takes {needed}: epochs={epochs} x {per_epoch} "
    "mini-batches per epoch (batch_size={batch_size}). Build it with total_steps={needed}, or with epochs={epochs} "
    "and steps_per_epoch={per_epoch}.":
        "le scheduler OneCycleLR a été construit pour {total} pas, mais fit en fait {needed}\u202f: epochs={epochs} "
        "x {per_epoch} mini-lots par époque (batch_size={batch_size}). Construisez-le avec total_steps={needed}, ou "
        "avec epochs={epochs} et steps_per_epoch={per_epoch}.",
    # ---- what the student sees while fit runs
    "training": "entraînement\u202f",  # tqdm adds ": " after it: French wants a narrow space before ":"
    "epoch": "époque",
    "train loss": "perte (entraînement)",
    "val loss": "perte (validation)",
    "Early stop after epoch {epoch}: no improvement for {patience} epochs; best weights (epoch {best}) restored.":
        "Arrêt précoce après l'époque {epoch}\u202f: aucune amélioration depuis {patience} époques\u202f; meilleurs "
        "poids (époque {best}) restaurés.",
}
