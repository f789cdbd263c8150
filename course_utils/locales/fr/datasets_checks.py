"""French of the messages of ``course_utils/datasets/_checks.py`` and ``course_utils/datasets/limits.py``."""

MESSAGES: dict[str, str] = {
    # describe (the data helpers' own)
    "the yes/no value {value}": "la valeur oui/non {value}",
    "the text {text}": "le texte {text}",
    "the bytes {text} (decode them first: .decode())": "les octets {text} (décodez-les d'abord\u202f: .decode())",
    "the path {path}": "le chemin {path}",
    "a dict with 1 key {keys}{more}": "un dictionnaire d'une clé {keys}{more}",
    "a dict with {n} keys {keys}{more}": "un dictionnaire de {n} clés {keys}{more}",
    "an array of shape {shape} and dtype {dtype}": "un tableau NumPy de forme {shape} et de dtype {dtype}",
    "a pydicom Dataset (a whole DICOM file: header and pixel data)":
        "un Dataset pydicom (un fichier DICOM entier\u202f: en-tête et pixels)",
    # paths and files
    "{name} must be the path of {what} (text such as {example}, or a pathlib.Path), got {received}.":
        "{name} doit être le chemin vers {what} (un texte comme {example}, ou un pathlib.Path)\u202f; "
        "reçu\u202f: {received}.",
    "{name} must be the path of {what}, got {received}, which this computer cannot use as a path ({reason}).":
        "{name} doit être le chemin vers {what}\u202f; reçu\u202f: {received}, que cet ordinateur ne peut pas "
        "utiliser comme chemin ({reason}).",
    "{name} must be a folder, got the file {path}. Pass the folder that holds it (path.parent), or another folder.":
        "{name} doit être un dossier\u202f; reçu\u202f: le fichier {path}. Donnez le dossier qui le contient "
        "(path.parent), ou un autre dossier.",
    "{name} must be the path of {what}, got the folder {path}. Pass the path of one file inside it":
        "{name} doit être le chemin vers {what}\u202f; reçu\u202f: le dossier {path}. Donnez le chemin d'un "
        "fichier qu'il contient",
    ", e.g. {path}.": ", par exemple {path}.",
    " The folder {path} does not exist either: check the spelling.":
        " Le dossier {path} n'existe pas non plus\u202f: vérifiez l'orthographe.",
    " Files with the same extension there: {files}.": " Fichiers de même extension à cet endroit\u202f: {files}.",
    "{name} must be the path of an existing file ({what}), got {received}: there is no file at {path}.":
        "{name} doit être le chemin d'un fichier existant ({what})\u202f; reçu\u202f: {received}, or il n'y a aucun "
        "fichier à l'emplacement {path}.",
    # what a file is
    "a file that cannot be read": "un fichier illisible",
    "an empty file (0 bytes)": "un fichier vide (0 octet)",
    "a DICOM file": "un fichier DICOM",
    "a ZIP archive (a .npz or .zip file)": "une archive ZIP (un fichier .npz ou .zip)",
    "a PNG image": "une image PNG",
    "a JPEG image": "une image JPEG",
    "a PDF document": "un document PDF",
    "a NumPy .npy file": "un fichier NumPy .npy",
    "a gzip-compressed file (e.g. .nii.gz)": "un fichier compressé par gzip (par exemple .nii.gz)",
    "a GIF image": "une image GIF",
    "a TIFF image": "une image TIFF",
    "a NIfTI image": "une image NIfTI",
    "a binary file of an unknown kind": "un fichier binaire de type inconnu",
    "a text file (a table such as a CSV)": "un fichier texte (un tableau comme un CSV)",
    "a text file": "un fichier texte",
    # numbers
    "{name} must be {expected}, got {received}.": "{name} doit être {expected}\u202f; reçu\u202f: {received}.",
    "{name} must be {expected}, got an array of {kind} (dtype {dtype}).":
        "{name} doit être {expected}\u202f; reçu\u202f: un tableau de {kind} (dtype {dtype}).",
    "{name} must be {expected}, got an array of {kind} (dtype {dtype}). Convert it to numbers first (e.g. "
    "array.astype(float)).":
        "{name} doit être {expected}\u202f; reçu\u202f: un tableau de {kind} (dtype {dtype}). Convertissez-le "
        "d'abord en nombres (par exemple array.astype(float)).",
    "text": "texte",
    "bytes": "octets",
    "Python objects (text, None or mixed values)": "objets Python (texte, None ou valeurs mélangées)",
    "complex numbers": "nombres complexes",
    "dates": "dates (datetime)",
    "durations": "durées",
    "raw records": "enregistrements bruts",
    # limits.py: sizes, refusals of too-large requests, progress bars
    "TB": "To",
    "GB": "Go",
    "MB": "Mo",
    "kB": "ko",
    "{value} {unit}": "{value}\u202f{unit}",
    "{n} bytes": "{n}\u202foctets",
    "{call} would take about {size} of memory ({per_item} per {item}); the limit is {limit}, at most {fits} with "
    "these settings (a course machine has about 2 GB in all).\n{fix}\n(On a bigger machine, an instructor can raise "
    "course_utils.datasets.limits.MAX_BYTES.)":
        "{call} occuperait environ {size} de mémoire ({per_item} par {item})\u202f; la limite est de {limit}, soit "
        "au plus {fits} avec ces réglages (une machine du cours a environ 2\u202fGo en tout).\n{fix}\n(Sur une "
        "machine plus puissante, un formateur peut relever course_utils.datasets.limits.MAX_BYTES.)",
    "{call} asks for {n}, about {size} of memory; the limit is {maximum} (about {limit}).\n{fix}":
        "{call} demande {n}, soit environ {size} de mémoire\u202f; la limite est de {maximum} (environ "
        "{limit}).\n{fix}",
    "{desc} ({size} in memory)": "{desc} ({size} en mémoire)",
}
