"""Django settings, all driven by environment variables (see docs/configuration.md)."""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url

from intercity.config.env import env_bool, env_int, env_list, env_str
from intercity.core.paths import data_dir

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = data_dir()

DEBUG = env_bool("INTERCITY_DEBUG", False, "Django debug mode; never on in production.")


def _secret_key() -> str:
    """The secret comes from the environment, else from a file generated once in the data dir."""
    from_env = env_str("INTERCITY_SECRET_KEY", "", "Secret key; by default generated once into <data dir>/secret_key.")
    if from_env:
        return from_env
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("INTERCITY_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"],
                         "Comma-separated host names the site answers to.")
CSRF_TRUSTED_ORIGINS = env_list("INTERCITY_CSRF_TRUSTED_ORIGINS", [],
                                "Comma-separated origins (https://intercity.example.org) trusted for CSRF.")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "intercity.audit",
    "intercity.places",
    "intercity.partnerships",
    "intercity.engagements",
    "intercity.cooperation",
    "intercity.people",
    "intercity.themes_app",
    "intercity.documents",
    "intercity.workspace",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "intercity.audit.middleware.AuditActorMiddleware",
]

ROOT_URLCONF = "intercity.config.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "intercity.workspace.context.workspace",
            ],
        },
    }
]
WSGI_APPLICATION = "intercity.config.wsgi.application"

_default_db = f"sqlite:///{DATA_DIR / 'intercity.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", _default_db, "Database URL; SQLite in the data dir by default, postgres://… for PostgreSQL."),
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# Background jobs (large files, folders): Django's tasks API through the django-tasks backport and
# its database backend — no extra service. `intercity serve` runs a worker beside the web server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "workspace:dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ko", "한국어")]
TIME_ZONE = env_str("INTERCITY_TIME_ZONE", "Asia/Seoul", "Time zone for display and dates.")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("INTERCITY_STATIC_ROOT", str(DATA_DIR / "static"), "Where collectstatic puts files."))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Leaflet's JS/CSS come from the django-leaflet package (its app needs GDAL, so only its static files are used).
import leaflet as _leaflet  # noqa: E402

STATICFILES_DIRS = [BASE_DIR / "static", Path(_leaflet.__file__).resolve().parent / "static"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = Path(env_str("INTERCITY_MEDIA_ROOT", str(DATA_DIR / "uploads"), "Where uploaded documents are stored (never served)."))
# Uploaded documents are never served by URL; there is no MEDIA_URL route.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
INTERCITY_MAX_UPLOAD_MB = env_int("INTERCITY_MAX_UPLOAD_MB", 100, "Largest document accepted, in megabytes.")

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("INTERCITY_SSL_REDIRECT", False, "Redirect HTTP to HTTPS (behind a TLS proxy).")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("INTERCITY_SECURE_COOKIES", False, "Send cookies over HTTPS only.")

INTERCITY_TILES_URL = env_str(
        "INTERCITY_TILES_URL", "",
        "Map tile URL template (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png). Empty: the built-in offline world outline.",
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("INTERCITY_LOG_LEVEL", "WARNING", "Log level.")},
}
