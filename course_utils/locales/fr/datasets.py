"""French of the messages of ``course_utils/datasets/`` (generators, data files, ECG, CT, MedMNIST), except
``_checks.py`` and ``limits.py``, whose French lives beside the other shared checks."""

MESSAGES: dict[str, str] = {
    # __init__.py
    "module 'course_utils.datasets' has no attribute {name}":
        "le module 'course_utils.datasets' ne contient rien qui s'appelle {name}\u202f: vérifiez l'orthographe du nom",

    # blood.py
    "an array of red cells counts in x10^6/mm³": "un tableau de numérations des hématies, en x10^6/mm³",
    "an array of white cells counts in x10^3/mm³": "un tableau de numérations des leucocytes, en x10^3/mm³",
    "an array of haemoglobin counts in g/dL": "un tableau de taux d'hémoglobine, en g/dL",
    "an array of sex codes, 1 (male) or 2 (female)": "un tableau de codes de sexe, 1 (homme) ou 2 (femme)",
    "n (number of patients)": "n (nombre de patients)",
    "Ask for fewer patients: the course's file holds 1,000, and 100,000 already make smooth histograms.":
        "Demandez moins de patients\u202f: le fichier du cours en compte 1\u202f000, et 100\u202f000 suffisent déjà "
        "pour des histogrammes bien lisses.",
    "sex must be a 1-D array (one code per patient), got shape {shape}.":
        "sex doit être un tableau à une dimension (un code par patient), reçu\u202f: un tableau de forme {shape}.",
    "sex must be coded 1 (male) or 2 (female), got {value} at position {position} (values found: {found}). If your "
    "table codes sex as 0/1 or 'M'/'F', map it first, e.g. df['sex'].map({{'M': 1, 'F': 2}}).":
        "sex doit être codé 1 (homme) ou 2 (femme), reçu\u202f: {value} à la position {position} (valeurs "
        "présentes\u202f: {found}). Si votre tableau code le sexe en 0/1 ou en 'M'/'F', convertissez-le d'abord, "
        "par exemple df['sex'].map({{'M': 1, 'F': 2}}).",
    "{name} must have shape ({n},) like sex (one value per patient), got {shape}.":
        "{name} doit avoir la forme ({n},), comme sex (une valeur par patient), reçu\u202f: la forme {shape}.",
    "{path} has columns {got}, expected {expected}.":
        "{path} a pour colonnes {got}, alors que le cours attend {expected}.",

    # build.py (what a student sees when the data must be regenerated)
    "a folder for the data files": "un dossier où écrire les fichiers de données",
    "a folder of data files": "un dossier de fichiers de données",
    "{path} is missing or unreadable": "{path} est absent ou illisible",
    "{path} is missing": "{path} est absent",
    "{path} has no checksum in {sums}": "{path} n'a pas de somme de contrôle dans {sums}",
    "{path} does not match its checksum": "{path} ne correspond pas à sa somme de contrôle",
    "--output must be a folder, got the file {path}": "--output doit être un dossier, reçu\u202f: le fichier {path}",
    "problem: {problem}": "problème\u202f: {problem}",
    "{folder}: every data file matches its checksum":
        "{folder}\u202f: chaque fichier de données correspond à sa somme de contrôle",
    "wrote {path}  sha256={digest}…": "écrit\u202f: {path}  sha256={digest}…",

    # files.py
    "algorithm must be one of ['sha256', 'md5'], got {received}.":
        "algorithm doit valoir 'sha256' ou 'md5', reçu\u202f: {received}.",
    "a file to checksum": "un fichier dont calculer la somme de contrôle",
    "name must be a file name such as 'blood_counts.csv', got {received}.":
        "name doit être un nom de fichier comme 'blood_counts.csv', reçu\u202f: {received}.",
    "name must be a plain file name such as 'blood_counts.csv' (no folder), got {name}. To read from another folder, "
    "pass it as data_dir.":
        "name doit être un simple nom de fichier comme 'blood_counts.csv' (sans dossier), reçu\u202f: {name}. Pour "
        "lire dans un autre dossier, indiquez-le avec data_dir.",
    "data_dir must be an existing folder holding the course's data files, got {path}, which does not exist. Leave "
    "data_dir out to use the course's own folder, or create it with:\n    {command}":
        "data_dir doit être un dossier existant qui contient les fichiers de données du cours, reçu\u202f: {path}, "
        "qui n'existe pas. Omettez data_dir pour utiliser le dossier du cours, ou créez celui-ci avec\u202f:\n"
        "    {command}",
    "name must be one of the course's data files {known}, got {name}.":
        "name doit être l'un des fichiers de données du cours {known}, reçu\u202f: {name}.",
    "The data file {path} is missing. Regenerate it from the repository's root with:\n    {command}":
        "Le fichier de données {path} est absent. Recréez-le depuis la racine du dépôt avec\u202f:\n    {command}",
    "No checksum for {name} in {sums}: the data folder is incomplete. Regenerate it with:\n    {command}":
        "Aucune somme de contrôle pour {name} dans {sums}\u202f: le dossier de données est incomplet. Recréez-le "
        "avec\u202f:\n    {command}",
    "The data file {path} is corrupted (its SHA-256 does not match {sums}). Regenerate it with:\n    {command}":
        "Le fichier de données {path} est endommagé (son SHA-256 ne correspond pas à {sums}). Recréez-le "
        "avec\u202f:\n    {command}",
    "The package's list of checksums ({path}) is missing or damaged: reinstall course-utils.":
        "La liste des sommes de contrôle du paquet ({path}) est absente ou endommagée\u202f: réinstallez "
        "course-utils.",
    "{name} is not one of the course's data files, which are {known}.":
        "{name} ne fait pas partie des fichiers de données du cours, qui sont {known}.",
    "Could not write {name} into the cache folder {folder} ({reason}). Set the environment variable {variable} to a "
    "folder you can write to, or pass data_dir=... (a folder holding the course's data files).":
        "Impossible d'écrire {name} dans le dossier de cache {folder} ({reason}). Donnez à la variable "
        "d'environnement {variable} un dossier où vous avez le droit d'écrire, ou indiquez data_dir=... (un dossier "
        "qui contient les fichiers de données du cours).",
    "The regenerated {name} differs from the course's file (its SHA-256 does not match), so it was not kept. The "
    "generator's output can change with the versions of NumPy ({numpy} here) and pandas ({pandas} here). Install "
    "the versions of the course's binder/requirements.txt, or copy the file and checksums.json from the course "
    "repository's data/ folder and pass data_dir=that folder.":
        "Le fichier {name} recréé diffère de celui du cours (son SHA-256 ne correspond pas)\u202f: il n'a donc pas "
        "été conservé. Le résultat du générateur peut varier selon les versions de NumPy ({numpy} ici) et de pandas "
        "({pandas} ici). Installez les versions de binder/requirements.txt du cours, ou copiez le fichier et "
        "checksums.json depuis le dossier data/ du dépôt du cours, puis indiquez data_dir=ce dossier.",

    # diabetes_screening.py: the measurements (FEATURES) and their word units
    "number of past pregnancies": "nombre de grossesses antérieures",
    "count": "nombre",
    "plasma glucose 2 h into an oral glucose tolerance test":
        "glycémie plasmatique 2\u202fh après le début d'une hyperglycémie provoquée par voie orale",
    "diastolic blood pressure": "pression artérielle diastolique",
    "triceps skin-fold thickness": "épaisseur du pli cutané tricipital",
    "serum insulin 2 h into the glucose test": "insulinémie 2\u202fh après le début de l'épreuve de charge en glucose",
    "body-mass index": "indice de masse corporelle",
    "diabetes pedigree function (family-history score)":
        "fonction d'hérédité diabétique (score d'antécédents familiaux)",
    "no unit": "sans unité",
    "age": "âge",
    "years": "années",
    # diabetes_screening.py: messages
    "Ask for fewer patients: the course uses 15,000, like the source demo.":
        "Demandez moins de patients\u202f: le cours en utilise 15\u202f000, comme la démonstration d'origine.",
    "Name its columns first: pd.DataFrame(X, columns=list(FEATURES)).":
        "Nommez d'abord ses colonnes\u202f: pd.DataFrame(X, columns=list(FEATURES)).",
    "frame must be a table with named columns (a pandas DataFrame, or a dict of arrays) holding {features}, got "
    "{received}.":
        "frame doit être un tableau à colonnes nommées (un DataFrame pandas, ou un dict de tableaux) contenant "
        "{features}, reçu\u202f: {received}.",
    "Columns with other capitals: {near} (rename them).":
        "Colonnes écrites avec d'autres majuscules\u202f: {near} (renommez-les).",
    "frame lacks the column(s) {missing}; it needs {features} (as made by make_diabetes_screening).":
        "il manque à frame la ou les colonnes {missing}\u202f; il lui faut {features} (comme le tableau produit "
        "par make_diabetes_screening).",
    "numbers in {unit}, one per patient": "des nombres en {unit}, un par patient",
    "{name} must be a column of one value per patient (1-D), got shape {shape}.":
        "{name} doit être une colonne d'une valeur par patient (une dimension), reçu\u202f: la forme {shape}.",
    "{name} must lie between {low} and {high} {unit} (the range the rule was written for), got {value} in row {row} "
    "({count} value(s) outside). Check the unit: {unit}.":
        "{name} doit être compris entre {low} et {high} {unit} (la plage pour laquelle la règle a été écrite), "
        "reçu\u202f: {value} à la ligne {row} ({count} valeur(s) hors plage). Vérifiez l'unité\u202f: {unit}.",
    "every column must have the same length (one value per patient), got {lengths}.":
        "toutes les colonnes doivent avoir la même longueur (une valeur par patient), reçu\u202f: {lengths}.",

    # tabular.py: descriptions of the scikit-learn tables
    "Each of 10 cell-nucleus measurements from a fine-needle aspirate image (radius, texture, perimeter, area, "
    "smoothness, compactness, concavity, concave points, symmetry, fractal dimension) is given as mean, standard "
    "error ('se') and worst (mean of the three largest) value. Radius and perimeter are in pixels of the digitised "
    "image, area in square pixels; the other features have no unit.":
        "Chacune des 10 mesures du noyau cellulaire, prises sur l'image d'une cytoponction à l'aiguille fine (rayon, "
        "texture, périmètre, surface, régularité du contour, compacité, concavité, points concaves, symétrie, "
        "dimension fractale), est donnée en moyenne, en erreur type ('se') et en valeur la plus défavorable "
        "('worst', moyenne des trois plus grandes). Le rayon et le périmètre sont en pixels de l'image numérisée, "
        "la surface en pixels carrés\u202f; les autres variables n'ont pas d'unité.",
    "sex, coded 1 or 2 in the source": "sexe, codé 1 ou 2 dans la source",
    "category": "catégorie",
    "mean arterial blood pressure": "pression artérielle moyenne",
    "total serum cholesterol": "cholestérol sérique total",
    "low-density lipoproteins": "lipoprotéines de basse densité (LDL)",
    "high-density lipoproteins": "lipoprotéines de haute densité (HDL)",
    "total cholesterol / HDL ratio": "rapport cholestérol total / HDL",
    "ratio": "rapport",
    "log of serum triglycerides": "logarithme des triglycérides sériques",
    "blood sugar level": "glycémie",
    "disease progression one year after baseline": "progression de la maladie un an après l'examen initial",
    "score (25-346)": "score (de 25 à 346)",

    # ct.py
    "n (number of slices)": "n (nombre de coupes)",
    "size (pixels)": "size (en pixels)",
    "slice": "coupe",
    "CT slices": "coupes de scanner",
    "Ask for fewer slices (the notebook trains on 300), or make several smaller sets with different seeds.":
        "Demandez moins de coupes (le notebook s'entraîne sur 300), ou fabriquez plusieurs jeux plus petits avec "
        "des graines différentes.",
    "contrast must be True (portal-venous phase) or False (non-contrast), got {received}.":
        "contrast doit valoir True (temps portal, après injection) ou False (sans injection), reçu\u202f: "
        "{received}.",
    "noise_hu must lie between 0 and 500 HU (real CT noise is about 5-50 HU), got {value}.":
        "noise_hu doit être compris entre 0 et 500\u202fHU (le bruit d'un vrai scanner est d'environ 5 à 50\u202fHU), "
        "reçu\u202f: {value}.",
    "{name} must be a pair (low, high) in {unit}, such as {example}, got {received}.":
        "{name} doit être un couple (bas, haut) en {unit}, comme {example}, reçu\u202f: {received}.",
    "{name}[0] (low, in {unit})": "{name}[0] (borne basse, en {unit})",
    "{name}[1] (high, in {unit})": "{name}[1] (borne haute, en {unit})",
    "{name} must be (low, high) with low <= high, got ({low}, {high}): swap them.":
        "{name} doit être (bas, haut) avec bas <= haut, reçu\u202f: ({low}, {high})\u202f: inversez les deux valeurs.",
    "{name} must lie between {lo} and {hi} {unit}, got ({low}, {high}).":
        "{name} doit être compris entre {lo} et {hi} {unit}, reçu\u202f: ({low}, {high}).",
    "render_tissues(tissues of shape {shape})": "render_tissues(tissues de forme {shape})",
    "Render fewer label maps at a time (e.g. tissues[:1000]), then the next ones.":
        "Traitez moins de cartes de tissus à la fois (par exemple tissues[:1000]), puis les suivantes.",
    "tissues must be a stack of label maps of shape (n, size, size), got one map of shape {shape}. For a single map, "
    "pass tissues[None] (shape (1, {rows}, {cols})).":
        "tissues doit être une pile de cartes de tissus de forme (n, size, size), reçu\u202f: une seule carte de "
        "forme {shape}. Pour une seule carte, donnez tissues[None] (forme (1, {rows}, {cols})).",
    "tissues must be label maps of shape (n, size, size) such as make_ct_slices(...).tissues, got {ndim}-D with "
    "shape {shape}.":
        "tissues doit être des cartes de tissus de forme (n, size, size), comme make_ct_slices(...).tissues, "
        "reçu\u202f: un tableau à {ndim} dimension(s), de forme {shape}.",
    "tissues must hold square images (n, size, size), got shape {shape}.":
        "tissues doit contenir des images carrées (n, size, size), reçu\u202f: la forme {shape}.",
    "tissues must hold integer codes 0..{last} (see ct.TISSUES), got dtype {dtype}. Pass the label maps "
    "(data.tissues), not the images; to convert whole numbers stored as floats, use tissues.astype(int).":
        "tissues doit contenir des codes entiers de 0 à {last} (voir ct.TISSUES), reçu\u202f: le type {dtype}. "
        "Donnez les cartes de tissus (data.tissues), pas les images\u202f; pour convertir des nombres entiers "
        "stockés en décimaux, écrivez tissues.astype(int).",
    "tissues must hold integer codes 0..{last} (see ct.TISSUES), got {bad} at index {where}.":
        "tissues doit contenir des codes entiers de 0 à {last} (voir ct.TISSUES), reçu\u202f: {bad} à l'indice "
        "{where}.",
    "values_hu must have shape ({k},) or ({n}, {k}) (one value per tissue of ct.TISSUES, in HU), got shape "
    "{shape}.":
        "values_hu doit avoir la forme ({k},) ou ({n}, {k}) (une valeur par tissu de ct.TISSUES, en HU), reçu\u202f: "
        "la forme {shape}.",
    "values_hu must be in Hounsfield units, between -1024 (air) and 3071, got {bad}. (for example -100 for fat, 60 "
    "for the liver, 700 for bone).":
        "values_hu doit être en unités Hounsfield, entre -1024 (air) et 3071, reçu\u202f: {bad} (par exemple -100 "
        "pour la graisse, 60 pour le foie, 700 pour l'os).",

    # ecg.py
    "normal sinus rhythm": "rythme sinusal normal",
    "atrial fibrillation": "fibrillation atriale",
    "premature ventricular contractions": "extrasystoles ventriculaires",
    "t (times in seconds)": "t (instants en secondes)",
    "t must be a 1-D array of times in seconds, got shape {shape}.":
        "t doit être un tableau à une dimension d'instants en secondes, reçu\u202f: la forme {shape}.",
    "premature_atrial (number of PACs)": "premature_atrial (nombre d'extrasystoles auriculaires)",
    "premature_atrial applies to rhythm='normal' only (sinus rhythm with isolated premature atrial beats), got "
    "rhythm={rhythm}. Leave it out, or use rhythm='normal'.":
        "premature_atrial ne s'applique qu'à rhythm='normal' (rythme sinusal avec extrasystoles auriculaires "
        "isolées), reçu\u202f: rhythm={rhythm}. Retirez premature_atrial, ou écrivez rhythm='normal'.",
    "fs (sampling frequency in Hz)": "fs (fréquence d'échantillonnage en Hz)",
    "seconds must lie between 1 and 600 (a recording of 1 s to 10 min), got {value}.":
        "seconds doit être compris entre 1 et 600 (un enregistrement de 1\u202fs à 10\u202fmin), reçu\u202f: "
        "{value}.",
    "fs must lie between 50 and 1000 Hz (ECGs are sampled at 100-1000 Hz), got {value}.":
        "fs doit être comprise entre 50 et 1000\u202fHz (un ECG est échantillonné entre 100 et 1000\u202fHz), "
        "reçu\u202f: {value}.",
    "heart_rate (beats per minute)": "heart_rate (battements par minute)",
    "heart_rate must lie between 30 and 220 beats per minute, got {value}.":
        "heart_rate doit être comprise entre 30 et 220 battements par minute, reçu\u202f: {value}.",
    "n (number of recordings)": "n (nombre d'enregistrements)",
    "recording": "enregistrement",
    "ECG recordings": "enregistrements d'ECG",
    "Ask for fewer, shorter or less finely sampled recordings (the notebook uses 1,600 recordings of 5 s at 100 Hz), "
    "or make several smaller sets with different seeds.":
        "Demandez des enregistrements moins nombreux, plus courts ou moins finement échantillonnés (le notebook "
        "utilise 1\u202f600 enregistrements de 5\u202fs à 100\u202fHz), ou fabriquez plusieurs jeux plus petits avec "
        "des graines différentes.",
    "For one rhythm, write ({code},) with the comma.": "Pour un seul rythme, écrivez ({code},), virgule comprise.",
    "classes must be a tuple of rhythm codes such as ('normal', 'af'), got {received}.":
        "classes doit être un tuple de codes de rythme comme ('normal', 'af'), reçu\u202f: {received}.",
    "each entry of classes must be one of {choices}, got {received}.":
        "chaque élément de classes doit être l'un de {choices}, reçu\u202f: {received}.",
    "each entry of classes": "chaque élément de classes",
    "classes must not repeat a rhythm, got {classes}.":
        "classes ne doit pas contenir deux fois le même rythme, reçu\u202f: {classes}.",
    "{k} shares summing to 1, one per class": "{k} proportions de somme 1, une par classe",
    "proportions must be {k} non-negative shares summing to 1, got {got} (sum {total}).":
        "proportions doit contenir {k} proportions positives ou nulles de somme 1, reçu\u202f: {got} (somme "
        "{total}).",
    "with n={n} and these shares, the class(es) {empty} would get no recording. Ask for more recordings (n >= "
    "{needed}), or leave the class out of classes.":
        "avec n={n} et ces proportions, la ou les classes {empty} n'auraient aucun enregistrement. Demandez plus "
        "d'enregistrements (n >= {needed}), ou retirez cette classe de classes.",
    "lead name": "nom de la dérivation",
    "path must be the path of a DICOM ECG (text such as 'ecg.dcm', or a pathlib.Path), or None for pydicom's test "
    "file, got {received}.":
        "path doit être le chemin d'un ECG DICOM (un texte comme 'ecg.dcm', ou un pathlib.Path), ou None pour le "
        "fichier de test de pydicom, reçu\u202f: {received}.",
    "group must be an integer (0 = the recording, 1 = the median beat in the test file), got {received}.":
        "group doit être un entier (0 = l'enregistrement, 1 = le battement médian dans le fichier de test), "
        "reçu\u202f: {received}.",
    "a DICOM ECG": "un ECG DICOM",
    "not given": "non renseignée",
    "{file} holds no waveform (no Waveform Sequence): it is not a DICOM ECG. (Its Modality is {modality}; an ECG's "
    "is 'ECG'.)":
        "{file} ne contient aucun tracé (pas de Waveform Sequence)\u202f: ce n'est pas un ECG DICOM. (Sa modalité "
        "(Modality) est {modality}\u202f; celle d'un ECG est 'ECG'.)",
    "The waveform of {file} (group {group}) cannot be decoded: its data or channel descriptions are incomplete, so "
    "the file is probably truncated or corrupted. Copy it again from its source.":
        "Le tracé de {file} (groupe {group}) ne peut pas être décodé\u202f: ses données ou la description de ses "
        "voies sont incomplètes, le fichier est donc probablement tronqué ou endommagé. Copiez-le de nouveau depuis "
        "sa source.",
    "the channels of {file} use different units {units}; read them one by one.":
        "les voies de {file} utilisent des unités différentes {units}\u202f; lisez-les une par une.",
    "pydicom's test file waveform_ecg.dcm was not found; reinstall pydicom.":
        "le fichier de test de pydicom waveform_ecg.dcm est introuvable\u202f; réinstallez pydicom.",

    # medmnist.py: the registry's descriptions
    "paediatric chest X-rays, pneumonia (1) vs normal (0)":
        "radiographies thoraciques pédiatriques, pneumonie (1) ou normale (0)",
    "breast ultrasound, malignant (0) vs normal or benign (1)":
        "échographies mammaires, maligne (0) ou normale ou bénigne (1)",
    "retina fundus photographs, diabetic retinopathy grade 0-4":
        "photographies du fond d'œil, grade de rétinopathie diabétique de 0 à 4",
    "abdominal CT (axial), 11 organs including the liver (6)":
        "scanner abdominal (coupes axiales), 11 organes dont le foie (6)",
    "blood cell microscopy, 8 cell types": "cellules sanguines au microscope, 8 types de cellules",
    "dermatoscopy, 7 skin lesion types (including melanoma)":
        "dermatoscopie, 7 types de lésions cutanées (dont le mélanome)",
    "colorectal histology patches, 9 tissue types": "fragments d'histologie colorectale, 9 types de tissus",
    # medmnist.py: messages
    "{name} must be {length} hexadecimal characters (0-9, a-f), got {received}.":
        "{name} doit compter {length} caractères hexadécimaux (0-9, a-f), reçu\u202f: {received}.",
    "{name} must be {length} hexadecimal characters (0-9, a-f), got {received} of {count} characters.":
        "{name} doit compter {length} caractères hexadécimaux (0-9, a-f), reçu\u202f: {received}, de {count} "
        "caractères.",
    "downloader must be a function (url, destination_path), got {received}.":
        "downloader doit être une fonction (url, destination_path), reçu\u202f: {received}.",
    "a cache folder": "un dossier de cache",
    "{filename} is not in the cache folder {folder} and downloads are switched off (download=False). Run with "
    "download=True and internet, or download it by hand from\n    {url}\nand save it as {path}.":
        "{filename} n'est pas dans le dossier de cache {folder} et les téléchargements sont désactivés "
        "(download=False). Relancez avec download=True et une connexion internet, ou téléchargez le fichier "
        "vous-même depuis\n    {url}\net enregistrez-le sous {path}.",
    "Could not create the cache folder {folder} ({reason}). Pass cache_dir=... (a folder you can write to), or set "
    "COURSE_UTILS_CACHE.":
        "Impossible de créer le dossier de cache {folder} ({reason}). Indiquez cache_dir=... (un dossier où vous "
        "avez le droit d'écrire), ou définissez la variable COURSE_UTILS_CACHE.",
    "url must be a web address such as 'https://...npz', got {received}.":
        "url doit être une adresse web comme 'https://...npz', reçu\u202f: {received}.",
    "url must start with https:// (or http://, or file:// for a file on this computer), got {url}.":
        "url doit commencer par https:// (ou http://, ou file:// pour un fichier de cet ordinateur), reçu\u202f: "
        "{url}.",
    "filename must be a plain file name such as 'data.npz', got {received}.":
        "filename doit être un simple nom de fichier comme 'data.npz', reçu\u202f: {received}.",
    "Give the expected sha256 (or md5) of the file: a download is only kept once verified.":
        "Indiquez le sha256 (ou le md5) attendu du fichier\u202f: un téléchargement n'est conservé qu'une fois "
        "vérifié.",
    "The cached file {path} is corrupted ({problem}). Delete it and run again with internet, or download it by hand "
    "from\n    {url}":
        "Le fichier en cache {path} est endommagé ({problem}). Supprimez-le et relancez avec une connexion "
        "internet, ou téléchargez-le vous-même depuis\n    {url}",
    "Could not download {filename} from {url} ({reason}). Are you offline? The notebooks run without internet on "
    "synthetic data; to use the real data, connect and run again, or download the file by hand and save it as "
    "{path}.":
        "Impossible de télécharger {filename} depuis {url} ({reason}). Êtes-vous hors ligne\u202f? Les notebooks "
        "fonctionnent sans internet sur des données synthétiques\u202f; pour utiliser les données réelles, "
        "connectez-vous et relancez, ou téléchargez le fichier vous-même et enregistrez-le sous {path}.",
    "The downloaded {filename} is corrupted or not the expected file: its SHA-256 is {got}..., expected "
    "{expected}.... It was not kept. Try again later (the download may have been cut), or check the address.":
        "Le fichier téléchargé {filename} est endommagé ou n'est pas celui attendu\u202f: son SHA-256 est {got}..., "
        "au lieu de {expected}.... Il n'a pas été conservé. Réessayez plus tard (le téléchargement a pu être "
        "interrompu), ou vérifiez l'adresse.",
    "The downloaded {filename} is corrupted or not the expected file (MD5 mismatch). It was not kept. Try again "
    "later (the download may have been cut), or check the address.":
        "Le fichier téléchargé {filename} est endommagé ou n'est pas celui attendu (MD5 différent). Il n'a pas été "
        "conservé. Réessayez plus tard (le téléchargement a pu être interrompu), ou vérifiez l'adresse.",
    "SHA-256 mismatch": "SHA-256 différent de celui attendu",
    "SHA-256 differs from the one recorded at download": "SHA-256 différent de celui noté au téléchargement",
    "MD5 mismatch": "MD5 différent de celui attendu",
    "no checksum to verify it against": "aucune somme de contrôle pour le vérifier",
    "path must be the path of a .npz file (text such as 'pneumoniamnist.npz', or a pathlib.Path), got {received}.":
        "path doit être le chemin d'un fichier .npz (un texte comme 'pneumoniamnist.npz', ou un pathlib.Path), "
        "reçu\u202f: {received}.",
    "No file at {path}: it is a folder, and path must be a .npz file. Pass the path of the .npz file inside it.":
        "Aucun fichier à l'emplacement {path}\u202f: c'est un dossier, alors que path doit être un fichier .npz. "
        "Donnez le chemin du fichier .npz qu'il contient.",
    "No file at {path}: path must be an existing .npz file. Check the spelling, or download the file with "
    "load_medmnist(name).":
        "Aucun fichier à l'emplacement {path}\u202f: path doit être un fichier .npz existant. Vérifiez "
        "l'orthographe, ou téléchargez le fichier avec load_medmnist(name).",
    "{file} is not a readable .npz archive: it looks like {kind}. A .npz file is a ZIP archive of arrays, written by "
    "np.savez.":
        "{file} n'est pas une archive .npz lisible\u202f: cela ressemble à {kind}. Un fichier .npz est une archive "
        "ZIP de tableaux, écrite par np.savez.",
    "{path} is not a readable .npz archive: it is probably corrupted or truncated (or holds Python objects instead "
    "of arrays). Delete it and download it again.":
        "{path} n'est pas une archive .npz lisible\u202f: elle est probablement endommagée ou tronquée (ou contient "
        "des objets Python au lieu de tableaux). Supprimez-la et téléchargez-la de nouveau.",
    "{file} has only one of {images} and {labels}; both are needed.":
        "{file} ne contient que l'un des deux tableaux {images} et {labels}\u202f; il faut les deux.",
    "{key} must have shape (n, height, width) or (n, height, width, 3), got {shape}.":
        "{key} doit avoir la forme (n, hauteur, largeur) ou (n, hauteur, largeur, 3), reçu\u202f: {shape}.",
    "{file}: {n_images} images but {n_labels} labels in {split}.":
        "{file}\u202f: {n_images} images mais {n_labels} étiquettes dans {split}.",
    "{file} is not a MedMNIST-style archive: it holds {arrays}, expected 'train_images', 'train_labels' (and "
    "'val_...', 'test_...').":
        "{file} n'est pas une archive au format MedMNIST\u202f: elle contient {arrays}, alors qu'il faut "
        "'train_images', 'train_labels' (et 'val_...', 'test_...').",
    "name must be a dataset name such as 'pneumoniamnist', got {received}.":
        "name doit être le nom d'un jeu de données comme 'pneumoniamnist', reçu\u202f: {received}.",
    "name must be a dataset name such as 'pneumoniamnist', not a path, got {name}. To read a file you already have, "
    "use load_npz(path).":
        "name doit être le nom d'un jeu de données comme 'pneumoniamnist', pas un chemin, reçu\u202f: {name}. Pour "
        "lire un fichier que vous avez déjà, écrivez load_npz(path).",
    "Unknown dataset {name}: name must be one of {names}. For another MedMNIST-style file, pass url=... and "
    "sha256=... as well.":
        "Jeu de données inconnu {name}\u202f: name doit être l'un de {names}. Pour un autre fichier au format "
        "MedMNIST, indiquez aussi url=... et sha256=....",
}
