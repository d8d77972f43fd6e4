"""The `intercity` command. Every subcommand calls the same services as the web pages and the API."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_USAGE = 2
EXIT_INPUT = 3


def _fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"intercity: error: {message}", file=sys.stderr)
    return code


def _setup_django(migrate: bool = True) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intercity.config.settings")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command
        from django.db import connection
        from django.db.migrations.executor import MigrationExecutor

        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            call_command("migrate", interactive=False, verbosity=0)
            from intercity.themes_app.services import sync_taxonomy

            sync_taxonomy()


def _home(arg: str | None):
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import home_place, set_home

    if arg:
        place = resolve_place_text(arg)
        if home_place() is None:
            set_home(place)
        return place
    return home_place()


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# ---------------------------------------------------------------- commands

def cmd_ingest(args) -> int:
    from intercity.core.documents import DocumentError

    paths = _expand(args.paths)
    if isinstance(paths, str):
        return _fail(paths)
    _setup_django()
    from django.db import transaction

    from intercity.places.services import PlaceNotResolved

    from intercity.audit.context import acting
    from intercity.documents import services

    try:
        home = _home(args.home)
    except PlaceNotResolved as exc:
        return _fail(f"--home: {exc}", EXIT_USAGE)
    from rich.progress import Progress

    if args.background:
        with acting(None, "cli"), transaction.atomic():
            job = services.start_job([{"path": str(Path(p).resolve()), "name": p} for p in paths],
                                     home=home, accept_facts=args.accept)
        print(f"queued job {job.pk} ({len(paths)} files); follow it with `intercity jobs {job.pk} --follow`"
              " (a worker runs it: `intercity worker`, or `intercity serve`)")
        return 0
    parsed = []
    results = []
    skipped: list[dict] = []
    with Progress(transient=True, disable=len(paths) < 2 or not sys.stderr.isatty(), console=_stderr()) as progress:
        task = progress.add_task("Reading", total=len(paths))
        for path in paths:
            try:
                parsed.append((path, services.parse_file(path), Path(path).read_bytes()))
            except (DocumentError, OSError) as exc:
                problem = str(exc) if isinstance(exc, DocumentError) else f"{exc.filename}: {exc.strerror}"
                if not args.skip_bad:
                    return _fail(f"{problem} — nothing was ingested")
                skipped.append({"source": path, "error": problem})
                print(f"skipped {problem}", file=sys.stderr)
            progress.advance(task)
        if not parsed:
            return _fail("no file could be read — nothing was ingested")
        task = progress.add_task("Extracting", total=len(parsed))
        with acting(None, "cli"), transaction.atomic():
            for path, doc, data in parsed:
                results.append(services.ingest_parsed(doc, data, home=home, accept_facts=args.accept))
                progress.advance(task)
    if args.json:
        _print_json({"documents": [r.extraction for r in results], **({"skipped": skipped} if skipped else {})})
    else:
        for r in results:
            ex = r.extraction
            print(f"{r.document.source_name}: {ex['format']}, {len(ex['partnerships'])} partnerships, "
                  f"{len(ex['engagements'])} engagements, {len(ex['cooperation'])} cooperation items, "
                  f"{len(ex['people'])} people, {len(ex['claims'])} claims"
                  + (f"; {r.accepted} accepted, {r.pending} waiting for review" if args.accept else f"; {r.pending} proposals to review"))
            for w in r.warnings:
                print(f"  warning: {w}")
        if skipped:
            print(f"{len(skipped)} file{'s' if len(skipped) != 1 else ''} skipped (see above); {len(results)} ingested")
    return 0


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


def cmd_jobs(args) -> int:
    _setup_django()
    import time

    from intercity.documents.models import IngestJob

    if args.id is None:
        for job in IngestJob.objects.all()[:20]:
            print(f"#{job.pk} {job.created:%Y-%m-%d %H:%M} {job.status:8} {job.done}/{job.total} files"
                  + (f", {len(job.errors)} errors" if job.errors else ""))
        return 0
    job = IngestJob.objects.filter(pk=args.id).first()
    if job is None:
        return _fail(f"no job #{args.id}", EXIT_USAGE)
    if args.follow:
        from rich.progress import Progress

        with Progress(console=_stderr()) as progress:
            bar = progress.add_task(f"job {job.pk}", total=job.total or 1)
            while True:
                job.refresh_from_db()
                progress.update(bar, completed=job.done, total=job.total or 1, description=f"job {job.pk} {job.current}"[:60])
                if job.status in ("done", "failed"):
                    break
                time.sleep(0.5)
    print(f"job {job.pk}: {job.status}, {job.done}/{job.total} files, {job.documents.count()} documents")
    for error in job.errors:
        print(f"  error: {error}")
    return 0 if job.status != "failed" else EXIT_INPUT


def cmd_worker(args) -> int:
    _setup_django()
    from django.core.management import call_command

    options = {"batch": args.once, "reload": False}
    if args.once:
        options["startup_delay"] = False
    call_command("db_worker", **options)
    return 0


def _expand(paths: list[str]) -> list[str] | str:
    out = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            return f"{raw}: no such file or directory — nothing was ingested"
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and not f.name.startswith("."))
        else:
            out.append(str(p))
    if not out:
        return "no files to ingest"
    return out


def cmd_resolve(args) -> int:
    from intercity.core.places import load_gazetteer

    gazetteer = load_gazetteer()
    if args.batch:
        from intercity.core.places.network import NetworkFileError, resolve_batch

        try:
            for row in resolve_batch(gazetteer, args.batch):
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        except NetworkFileError as exc:
            return _fail(str(exc))
        return 0
    if not args.name:
        return _fail("give a NAME or --batch FILE", EXIT_USAGE)
    country = None
    if args.country:
        country = gazetteer.country_code(args.country)
        if country is None:
            return _fail(f"--country: unknown country {args.country!r}", EXIT_USAGE)
    result = gazetteer.resolve(args.name, country=country)
    if args.json:
        _print_json(result.to_json())
    else:
        if result.best is None:
            print(f"{args.name}: not found")
        else:
            b = result.best
            flag = " (ambiguous)" if result.ambiguous else ""
            print(f"{args.name} → {b.name}, {b.country_code} [{b.kind} {b.key}] confidence {result.confidence:.2f}{flag}")
        for alt in result.alternatives:
            print(f"   or {alt.name}, {alt.country_code} [{alt.kind} {alt.key}]")
    return 0 if result.best is not None else 1


def cmd_stats(args) -> int:
    _setup_django()
    from intercity.places.services import PlaceNotResolved
    from intercity.workspace.services import stats

    try:
        home = _home(args.home)
    except PlaceNotResolved as exc:
        return _fail(f"--home: {exc}", EXIT_USAGE)
    if home is None:
        return _fail("no home city: run `intercity home NAME` or pass --home", EXIT_USAGE)
    data = stats(home)
    if args.json:
        _print_json(data)
    else:
        print(f"{home.name}: {data['partners']} partners in {data['countries']} countries {data['by_kind']}")
        if data["unresolved"]:
            print(f"  waiting for review: {', '.join(data['unresolved'])}")
        print(f"  engagements: {data['engagements']}; cooperation items: {data['cooperation']['by_status']}")
        for c in data["claims"]:
            print(f"  claim \"{c['text']}\": {c['check']}" + (f" ({c['reason']})" if c["reason"] else ""))
    return 0


def cmd_home(args) -> int:
    _setup_django()
    from intercity.places.services import PlaceNotResolved, resolve_place_text
    from intercity.workspace.services import home_place, set_home

    if not args.name:
        home = home_place()
        print(home if home else "no home city set")
        return 0
    try:
        place = resolve_place_text(args.name)
    except PlaceNotResolved as exc:
        return _fail(str(exc), EXIT_USAGE)
    set_home(place)
    print(f"home city: {place}")
    return 0


def cmd_review(args) -> int:
    _setup_django()
    from intercity.audit.context import acting
    from intercity.documents import services
    from intercity.documents.models import Proposal

    if args.action == "list":
        pending = Proposal.objects.filter(status="pending").select_related("document")
        rows = []
        for p in pending:
            rows.append({"id": p.pk, "document": p.document.source_name, "type": p.fact_type, "summary": p.summary,
                         "reason": p.reason, "confidence": p.confidence,
                         "choices": [f"{c['name']}, {c['country_code']}" for c in services.place_choices(p)]
                         if p.fact_type == "partnership" else []})
        if args.json:
            _print_json(rows)
        else:
            for r in rows:
                print(f"#{r['id']} [{r['type']}] {r['summary']}" + (f"  ({r['reason']})" if r["reason"] else ""))
                for i, c in enumerate(r["choices"], start=1):
                    print(f"     {i}. {c}")
        return 0
    proposal = Proposal.objects.filter(pk=args.id).first()
    if proposal is None:
        return _fail(f"no proposal #{args.id}", EXIT_USAGE)
    with acting(None, "cli"):
        if args.action == "reject":
            services.reject(proposal)
            print(f"rejected #{proposal.pk}")
        elif args.action == "accept":
            if proposal.fact_type == "partnership" and not proposal.payload.get("place"):
                return _fail(f"#{proposal.pk} needs a place: use `intercity review choose {proposal.pk} N`", EXIT_USAGE)
            services.accept(proposal)
            print(f"accepted #{proposal.pk}")
        else:
            choices = services.place_choices(proposal)
            if not 1 <= args.choice <= len(choices):
                return _fail(f"choice must be between 1 and {len(choices)}", EXIT_USAGE)
            chosen = choices[args.choice - 1]
            services.accept(proposal, place_choice=chosen)
            print(f"#{proposal.pk}: {proposal.payload['name_as_written']} → {chosen['name']}, {chosen['country_code']}")
    return 0


def cmd_network(args) -> int:
    _setup_django()
    from intercity.audit.context import acting
    from intercity.partnerships import network

    if args.network_command == "import":
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        if not Path(args.file).is_file():
            return _fail(f"{args.file}: no such file — nothing was imported")
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, transient=True, console=_stderr(), disable=args.json and not sys.stderr.isatty()) as bar:
            tasks: dict[str, int] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=total)
                bar.update(tasks[stage], completed=done)

            try:
                with acting(None, "import"):
                    if args.corrections:
                        n = network.import_corrections(args.corrections)
                        print(f"{args.corrections}: {n} corrections stored", file=sys.stderr)
                    summary = network.import_network(args.file, dataset=args.dataset, report=args.report, progress=progress)
            except network.NetworkImportError as exc:
                return _fail(f"{exc} — nothing was imported")
        if args.json:
            _print_json(summary.to_json())
            return 0
        st = summary.by_status
        print(f"{args.file}: {summary.records} records, {summary.names} distinct names "
              f"({st.get('resolved', 0)} resolved, {st.get('ambiguous', 0)} ambiguous, {st.get('not_found', 0)} not found, "
              f"{st.get('country_mismatch', 0)} country mismatch, {st.get('skipped', 0)} skipped by corrections)")
        print(f"{summary.pairs} pairs: {summary.partnerships_created} partnerships added, "
              f"{summary.partnerships_updated} registry partnerships gained the source network:{summary.dataset}; "
              f"{summary.places_created} places added; {summary.unresolved_records} records wait for a correction")
        print(f"resolution report: {summary.report}")
        return 0
    if args.network_command == "corrections":
        if args.action == "import":
            try:
                with acting(None, "cli"):
                    n = network.import_corrections(args.file)
            except network.NetworkImportError as exc:
                return _fail(f"{exc} — no correction was stored")
            print(f"{n} corrections stored; they apply from the next `intercity network import`")
            return 0
        if args.file:
            with open(args.file, "w", encoding="utf-8", newline="") as fh:
                n = network.export_corrections(fh)
            print(f"{n} corrections written to {args.file}", file=sys.stderr)
        else:
            network.export_corrections(sys.stdout)
        return 0
    return _fail("usage: intercity network import FILE | intercity network corrections import|export", EXIT_USAGE)


def cmd_createuser(args) -> int:
    _setup_django()
    from django.contrib.auth import get_user_model

    User = get_user_model()
    password = args.password or os.environ.get("INTERCITY_PASSWORD")
    if not password:
        import getpass

        password = getpass.getpass(f"Password for {args.username}: ")
    user, created = User.objects.get_or_create(username=args.username)
    user.set_password(password)
    user.is_staff = user.is_superuser = bool(args.admin)
    user.save()
    print(f"{'created' if created else 'updated'} user {args.username}")
    return 0


def cmd_serve(args) -> int:
    _setup_django()
    return _serve(args.host, args.port, args.workers, job_worker=not args.no_worker)


def _serve(host: str, port: int, workers: int, job_worker: bool = True) -> int:
    import atexit
    import subprocess

    from gunicorn.app.wsgiapp import WSGIApplication

    if job_worker:
        proc = subprocess.Popen([sys.executable, "-m", "intercity.cli", "worker"])
        atexit.register(proc.terminate)

    sys.argv = ["gunicorn", "intercity.config.wsgi:application", "--bind", f"{host}:{port}",
                "--workers", str(workers), "--access-logfile", "-", "--timeout", "120"]
    WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").run()
    return 0


def cmd_demo(args) -> int:
    from intercity.demo import default_network, run_demo

    network_file = None if args.no_network else (Path(args.network) if args.network else default_network())
    return run_demo(host=args.host, port=args.port, serve=not args.no_serve, network_file=network_file)


def cmd_manage(args) -> int:
    _setup_django(migrate=False)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["intercity manage", *args.rest])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intercity", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read documents and propose (or --accept) their facts")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--home", help='the home city ("Name" or "Name, Country"); default: the workspace\'s')
    p.add_argument("--accept", action="store_true", help="write facts that need no person into the registry")
    p.add_argument("--json", action="store_true", help="print the extraction as JSON")
    p.add_argument("--background", action="store_true", help="queue a background job instead (large files, folders)")
    p.add_argument("--skip-bad", action="store_true",
                   help="report files that cannot be read and ingest the others (default: a bad file stops everything)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("jobs", help="background ingestion jobs and their progress")
    p.add_argument("id", nargs="?", type=int)
    p.add_argument("--follow", action="store_true", help="show a progress bar until the job ends")
    p.set_defaults(func=cmd_jobs)

    p = sub.add_parser("worker", help="run background jobs (started by `intercity serve` too)")
    p.add_argument("--once", action="store_true", help="run the queued jobs, then exit")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("resolve", help="resolve a place name against the gazetteer")
    p.add_argument("name", nargs="?")
    p.add_argument("--country", help="a country name or ISO code")
    p.add_argument("--batch", metavar="FILE", help="CSV with columns name[,country]: one JSON object per line")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("stats", help="the home city's figures")
    p.add_argument("--home")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("home", help="show or set the workspace's home city")
    p.add_argument("name", nargs="?")
    p.set_defaults(func=cmd_home)

    p = sub.add_parser("review", help="the review queue: list, accept, reject, choose a place")
    rsub = p.add_subparsers(dest="action", required=True)
    r = rsub.add_parser("list")
    r.add_argument("--json", action="store_true")
    for action in ("accept", "reject"):
        r = rsub.add_parser(action)
        r.add_argument("id", type=int)
    r = rsub.add_parser("choose", help="choose candidate N for an ambiguous place")
    r.add_argument("id", type=int)
    r.add_argument("choice", type=int)
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("network", help="import a twin-town network dataset; corrections to its places")
    nsub = p.add_subparsers(dest="network_command", required=True)
    n = nsub.add_parser("import", help="import a twin-town CSV or a Wikidata P190 SPARQL JSON export")
    n.add_argument("file")
    n.add_argument("--report", help="where to write the resolution report CSV (default: next to the database)")
    n.add_argument("--corrections", help="a corrections CSV (name,country,place) to store before importing")
    n.add_argument("--dataset", help="the source name recorded on each partnership (default: from the file name)")
    n.add_argument("--json", action="store_true", help="print the import summary as JSON")
    n = nsub.add_parser("corrections", help="import or export people's corrections (name,country,place)")
    n.add_argument("action", choices=["import", "export"])
    n.add_argument("file", nargs="?", help="the CSV (export: default standard output)")
    p.set_defaults(func=cmd_network)

    p = sub.add_parser("createuser", help="create or update a login")
    p.add_argument("username")
    p.add_argument("--password", help="default: $INTERCITY_PASSWORD or a prompt")
    p.add_argument("--admin", action="store_true", help="may use /admin/")
    p.set_defaults(func=cmd_createuser)

    p = sub.add_parser("serve", help="serve the site with gunicorn")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--no-worker", action="store_true", help="do not start a background-job worker beside the server")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", help="set up the example workspace (Busan) and serve it")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-serve", action="store_true", help="set up only")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--network", metavar="FILE", help="a twin-town CSV or Wikidata P190 export to import "
                       "(default: ../shared/data/twin-cities/twin_cities_raw.csv beside the checkout, if there)")
    which.add_argument("--no-network", action="store_true", help="do not import a network dataset")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("manage", help="run a Django management command (migrate, createsuperuser, …)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_manage)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader of our output went away (`intercity resolve … | head`): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
