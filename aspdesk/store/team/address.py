"""Where a team map is: a libpq connection string, read and shown without its password.

A team map is addressed as libpq addresses a database, so everything libpq offers works
as a PostgreSQL user expects: ``postgresql://user@host:port/db?sslmode=verify-full``, the
key=value form (``host=... dbname=...``), ``service=name`` from ``pg_service.conf``, a
password from ``~/.pgpass`` (libpq reads it when the address has none), and every TLS
setting of ``sslmode``. aspdesk keeps the address without a password (in the recent list,
in the window title, in messages); a password typed into the dialog is handed to libpq
separately and never written into an address.
"""

from __future__ import annotations

from urllib.parse import quote

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import StoreError

URL_SCHEMES = ("postgresql://", "postgres://")
# Keys of a libpq key=value string that say it is one (a file name rarely holds them).
_CONNINFO_KEYS = ("host=", "hostaddr=", "dbname=", "service=", "user=", "port=")
# Not kept in an address: secrets, and where libpq should look for them.
_SECRET_KEYS = {"password", "sslpassword"}

# A server on this computer's socket, as psql's \conninfo would say it briefly.
LOCAL_SERVER = "localhost"


class TeamAddressError(StoreError):
    """What was given as a team map's address is not one libpq can read."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "“{path}” is not an address of a PostgreSQL database ({detail}). Give it as "
        "postgresql://user@server/database or as service=name.",
    )


def is_team_address(text: str) -> bool:
    """Whether ``text`` is meant as a team map's address rather than a file's path."""
    stripped = text.strip()
    if stripped.lower().startswith(URL_SCHEMES):
        return True
    return "=" in stripped and any(key in stripped for key in _CONNINFO_KEYS)


@record
class TeamAddress:
    """A team map's address as libpq reads it, never holding a password.

    ``conninfo`` is libpq's key=value string; :meth:`parse` reads any form and gives
    back the address and the password it held, if any.
    """

    conninfo: str

    @classmethod
    def parse(cls, text: str) -> tuple[TeamAddress, str]:
        """The address in ``text`` and the password it carried ("" when none).

        Raises TeamAddressError when libpq cannot read it.
        """
        from psycopg import ProgrammingError
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        try:
            params = conninfo_to_dict(text.strip())
        except ProgrammingError as error:
            raise TeamAddressError(_first_line(str(error)), path=_without_secrets(text)) from error
        password = str(params.pop("password", "") or "")
        for key in _SECRET_KEYS:
            params.pop(key, None)
        if not params:
            raise TeamAddressError("no database, server or service", path=text.strip())
        clean = {key: str(value) for key, value in params.items() if value is not None}
        return cls(make_conninfo(**dict(sorted(clean.items())))), password

    @classmethod
    def from_parts(
        cls, *, server: str, database: str, user: str = "", port: str = "", sslmode: str = ""
    ) -> TeamAddress:
        """An address from the dialog's fields: ``server`` is a host name or ``service=name``."""
        from psycopg.conninfo import make_conninfo

        params: dict[str, str] = {}
        server = server.strip()
        if server.startswith("service="):
            params["service"] = server.removeprefix("service=").strip()
        elif server:
            params["host"] = server
        for key, value in (("dbname", database), ("user", user), ("port", port)):
            if value.strip():
                params[key] = value.strip()
        if sslmode:
            params["sslmode"] = sslmode
        if not params:
            raise TeamAddressError("no database, server or service", path="")
        return cls(make_conninfo(**dict(sorted(params.items()))))

    def params(self) -> dict[str, str]:
        """The address's keys and values."""
        from psycopg.conninfo import conninfo_to_dict

        return {key: str(value) for key, value in conninfo_to_dict(self.conninfo).items()}

    def server(self) -> str:
        """The server as a person would name it: its host, the service, or this computer."""
        params = self.params()
        host = params.get("host", "") or params.get("hostaddr", "")
        if host and not host.startswith("/"):
            port = params.get("port", "")
            return f"{host}:{port}" if port else host
        if params.get("service"):
            return f"service={params['service']}"
        return LOCAL_SERVER

    def database(self) -> str:
        """The database's name as the address gives it ("" when a service names it)."""
        params = self.params()
        return params.get("dbname", "") or params.get("user", "")

    def url(self) -> str:
        """The address as text to keep (the recent list): a postgresql:// URL when it can
        be one, else the key=value string; never a password."""
        params = self.params()
        simple = set(params) <= {"host", "port", "dbname", "user"} and not params.get(
            "host", ""
        ).startswith("/")
        if simple and params.get("host"):
            user = f"{quote(params['user'], safe='')}@" if params.get("user") else ""
            port = f":{params['port']}" if params.get("port") else ""
            database = quote(params.get("dbname", ""), safe="")
            return f"postgresql://{user}{params['host']}{port}/{database}"
        return self.conninfo

    def __str__(self) -> str:
        return self.url()


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def _without_secrets(text: str) -> str:
    """``text`` for a message: a URL's password replaced, a password= value hidden."""
    import re

    text = re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", text.strip())
    return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", text)
