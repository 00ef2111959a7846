# samjourney.py: drives Samverkan's real window with real input.
#
# Copyright 2026 The Samverkan developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A journey starts its own X server (Xvfb) with a window manager (openbox)
# and a Swedish keyboard layout, its own D-Bus session with the
# accessibility bus, and the built app on a copy of a database. It finds
# widgets through the accessibility tree (AT-SPI: role and accessible
# name) and clicks and types on them through the X server (xdotool), as a
# person does. Every wait is for a condition, with a timeout; on failure
# the screen is saved as a PNG and the accessibility tree as text.
#
# Runs with Debian's /usr/bin/python3 (it has gi, Atspi and sqlite3).
# See README.md in this folder.

import atexit
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback

# Waits are generous: the tests share two cores with everything else.
TIMEOUT = 30.0 * float(os.environ.get("JOURNEY_TIMEOUT_FACTOR", "1"))
POLL = 0.05

BUILD_ROOT = os.environ.get("SAMVERKAN_BUILD_ROOT", "")
APP = os.environ.get("SAMVERKAN_APP", os.path.join(BUILD_ROOT, "src", "app", "samverkan"))
CLI = os.environ.get("SAMVERKAN_CLI", os.path.join(BUILD_ROOT, "src", "app", "samverkan-cli"))
OUTPUT_DIR = os.environ.get("JOURNEY_OUTPUT_DIR",
                            os.path.join(BUILD_ROOT or tempfile.gettempdir(), "tests", "journeys"))

_atspi = None
_session = None
SCREEN = (1280, 800)


class JourneyError(AssertionError):
    pass


def _import_atspi():
    global _atspi
    if _atspi is None:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi
        _atspi = Atspi
    return _atspi


def wait_for(condition, what, timeout=None):
    """Calls condition() until it returns something true, and returns that.
    Fails with "timed out waiting for WHAT" after timeout seconds."""
    deadline = time.monotonic() + (timeout or TIMEOUT)
    last_error = None
    while True:
        try:
            result = condition()
            if result:
                return result
        except Exception as error:  # a widget that went away while asked
            last_error = error
        if time.monotonic() > deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise JourneyError(f"timed out waiting for {what}{detail}")
        time.sleep(POLL)


def _role_name(acc):
    try:
        return acc.get_role_name()
    except Exception:
        return "?"


def _name(acc):
    try:
        return acc.get_name() or ""
    except Exception:
        return ""


def _states(acc):
    Atspi = _import_atspi()
    try:
        return acc.get_state_set()
    except Exception:
        return Atspi.StateSet.new([])


def _matches(value, wanted):
    if wanted is None:
        return True
    if callable(wanted):
        return wanted(value)
    return value == wanted


def _children(acc):
    try:
        n = acc.get_child_count()
    except Exception:
        return []
    result = []
    for i in range(n):
        try:
            child = acc.get_child_at_index(i)
        except Exception:
            child = None
        if child is not None:
            result.append(child)
    return result


# Roles whose children a search need not look at: their names say it all.
LEAVES = {"label", "scroll bar", "text", "push button", "toggle button", "check box",
          "radio button", "image", "separator", "spin button", "entry"}


def _has_size(acc):
    """GTK 4.8 sets no "showing" state: an unmapped widget (a hidden page
    of a stack) has no size."""
    Atspi = _import_atspi()
    try:
        extents = acc.get_extents(Atspi.CoordType.WINDOW)
    except Exception:
        return True  # no Component interface: look inside
    return extents.width > 0 and extents.height > 0


def find_all(root, role=None, name=None, showing=True, limit=None):
    """The descendants of root (breadth first) with the role name (such as
    "push button", "text", "list item") and accessible name given; name may
    be a string or a predicate. Unmapped subtrees are skipped when showing."""
    found = []
    queue = [root]
    while queue:
        acc = queue.pop(0)
        for child in _children(acc):
            if showing and not _has_size(child):
                continue
            child_role = _role_name(child)
            if _matches(child_role, role) and _matches(_name(child), name):
                found.append(child)
                if limit is not None and len(found) >= limit:
                    return found
            if child_role not in LEAVES:
                queue.append(child)
    return found


def contains(text):
    """A name predicate: the name contains text."""
    return lambda value: value is not None and text in value


def describe_tree(root, depth=0, showing=True, out=None):
    out = [] if out is None else out
    out.append("  " * depth + f"[{_role_name(root)}] {_name(root)!r}")
    for child in _children(root):
        if showing and not _has_size(child):
            continue
        describe_tree(child, depth + 1, showing, out)
    return out


def _collate_names(a, b):
    """Near enough to the store's name collation for equality in tests."""
    return (a.casefold() > b.casefold()) - (a.casefold() < b.casefold())


class Journey:
    """One run of the app on its own display, bus and database.

        with Journey("people", database="example") as j:
            j.click(j.find("push button", "Add a person or a municipality"))
    """

    def __init__(self, name, database="example", language="en", args=(), setup_sql=None):
        self.name = name
        self.setup_sql = setup_sql
        self.database_kind = database
        self.language = language
        self.args = list(args)
        self.processes = []
        self.tmp = tempfile.mkdtemp(prefix=f"journey-{name}-")
        self.database = os.path.join(self.tmp, "samverkan.db")
        self.app = None
        self.app_log = os.path.join(self.tmp, "app.log")
        self.env = None
        self.started = time.monotonic()

    # Setting up and tearing down

    def __enter__(self):
        try:
            self._join_session()
            self._prepare_database()
            self._start_app()
        except BaseException:
            self._failed()
            self._stop()
            raise
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None:
            self._failed()
        self._stop()
        return False

    def _spawn(self, argv, **kwargs):
        kwargs.setdefault("env", self.env)
        kwargs.setdefault("stdin", subprocess.DEVNULL)
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(argv, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def _join_session(self):
        """One X server, window manager and pair of buses serve every
        journey of a program (the accessibility library cannot move to
        another bus); each journey has its own app and database."""
        global _session
        if _session is None:
            session = Journey.__new__(Journey)
            session.processes = []
            session.tmp = tempfile.mkdtemp(prefix="journey-session-")
            session.width, session.height = SCREEN
            try:
                session._start_display()
                session._start_bus()
            except BaseException:
                session._stop_processes()
                raise
            atexit.register(session._stop_processes)
            _session = session
        self.env = dict(_session.env)

    def _start_display(self):
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
             f"{self.width}x{self.height}x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.processes.append(xvfb)
        os.close(write_fd)
        number = b""
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise JourneyError("Xvfb did not start")
                number += chunk
        display = ":" + number.decode().strip()

        runtime = os.path.join(self.tmp, "runtime")
        os.mkdir(runtime, 0o700)
        self.env = dict(os.environ)
        for variable in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                         "NO_AT_BRIDGE", "GTK_A11Y", "SESSION_MANAGER"):
            self.env.pop(variable, None)
        self.env.update({
            "DISPLAY": display,
            "XDG_RUNTIME_DIR": runtime,
            "GDK_BACKEND": "x11",
        })

        self._run(["setxkbmap", "se"])
        openbox = self._spawn(["openbox", "--sm-disable"])
        # The window manager is up once it answers EWMH questions.
        wait_for(lambda: openbox.poll() is None and subprocess.run(
            ["xdotool", "get_num_desktops"], env=self.env, capture_output=True).returncode == 0,
            "the window manager")

    def _start_bus(self):
        dbus = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE)
        address = dbus.stdout.readline().decode().strip()
        if not address:
            raise JourneyError("dbus-daemon did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        self._spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        # This process talks to the same buses as the app.
        os.environ["DISPLAY"] = self.env["DISPLAY"]
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        os.environ["XDG_RUNTIME_DIR"] = self.env["XDG_RUNTIME_DIR"]
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)
        Atspi = _import_atspi()
        wait_for(lambda: subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
             "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
            env=self.env, capture_output=True).returncode == 0, "the accessibility bus")
        Atspi.init()

    def _prepare_database(self):
        if self.database_kind == "example":
            self._run([CLI, "--database", self.database, "example"])
        elif self.database_kind == "empty":
            pass
        elif os.path.exists(self.database_kind):
            shutil.copy(self.database_kind, self.database)
        else:
            raise JourneyError(f"no database {self.database_kind}")
        if self.setup_sql:
            # What the journey starts from that the example lacks.
            connection = sqlite3.connect(self.database)
            connection.create_collation("sam_name", _collate_names)
            connection.executescript(self.setup_sql)
            connection.commit()
            connection.close()

    def _start_app(self):
        env = dict(self.env)
        env.update({
            "GTK_A11Y": "atspi",
            "GSK_RENDERER": os.environ.get("JOURNEY_GSK_RENDERER", "cairo"),
            "LANGUAGE": self.language,
            "SAMVERKAN_DATABASE": self.database,
        })
        log = open(self.app_log, "wb")
        self.app = self._spawn([APP, "--database", self.database] + self.args, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
        self.window = wait_for(self._find_window, "the Samverkan window")
        self.wait_focused(self.window)

    def _find_window(self):
        if self.app.poll() is not None:
            raise JourneyError(f"the app exited with {self.app.returncode}")
        application = self.application()
        if application is None:
            return None
        for frame in _children(application):
            if _role_name(frame) == "frame" and _has_size(frame):
                return frame
        return None

    def _run(self, argv):
        result = subprocess.run(argv, env=self.env, capture_output=True, text=True)
        if result.returncode != 0:
            raise JourneyError(f"{' '.join(argv)} failed: {result.stderr.strip()}")
        return result.stdout

    def _stop(self):
        if self.app is not None and self.app.poll() is None:
            self.app.terminate()
            try:
                self.app.wait(10)
            except subprocess.TimeoutExpired:
                self.app.kill()
                self.app.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _stop_processes(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _failed(self):
        """Saves what the screen showed and the tree, and prints the app's log."""
        os.makedirs(OUTPUT_DIR, exist_ok=True)
        base = os.path.join(OUTPUT_DIR, f"{self.name}-failure")
        try:
            self.screenshot(base + ".png")
            print(f"# screenshot: {base}.png", flush=True)
        except Exception as error:
            print(f"# no screenshot: {error}", flush=True)
        try:
            application = self.application()
            if application is not None:
                with open(base + ".tree.txt", "w", encoding="utf-8") as tree:
                    tree.write("\n".join(describe_tree(application)) + "\n")
                print(f"# accessibility tree: {base}.tree.txt", flush=True)
        except Exception as error:
            print(f"# no tree: {error}", flush=True)
        try:
            with open(self.app_log, encoding="utf-8", errors="replace") as log:
                for line in log.read().splitlines()[-40:]:
                    print(f"# app: {line}", flush=True)
        except OSError:
            pass

    # Finding

    def application(self):
        Atspi = _import_atspi()
        desktop = Atspi.get_desktop(0)
        for application in _children(desktop):
            try:
                if application.get_process_id() == self.app.pid:
                    return application
            except Exception:
                continue
        return None

    def toplevels(self):
        """The app's windows that are shown, the main window first."""
        application = self.application()
        if application is None:
            return []
        return [child for child in _children(application) if _has_size(child)]

    def find_all(self, role=None, name=None, within=None, showing=True):
        if within is not None:
            return find_all(within, role, name, showing)
        found = []
        for toplevel in self.toplevels():
            if _matches(_role_name(toplevel), role) and _matches(_name(toplevel), name):
                found.append(toplevel)
            found.extend(find_all(toplevel, role, name, showing))
        return found

    def find(self, role=None, name=None, within=None, timeout=None):
        """Waits until a shown widget has the role and name, and returns the
        first (breadth first, the most recent window first)."""
        what = f"{role or 'widget'} {name if isinstance(name, str) else ''!r}"
        return wait_for(lambda: self._first(role, name, within), what, timeout)

    def _first(self, role, name, within):
        if within is not None:
            found = find_all(within, role, name, limit=1)
            return found[0] if found else None
        for toplevel in reversed(self.toplevels()):
            if _matches(_role_name(toplevel), role) and _matches(_name(toplevel), name):
                return toplevel
            found = find_all(toplevel, role, name, limit=1)
            if found:
                return found[0]
        return None

    def wait_gone(self, role=None, name=None, within=None, timeout=None):
        wait_for(lambda: not self._first(role, name, within),
                 f"no {role or 'widget'} {name!r} to be shown", timeout)

    def text_of(self, acc):
        """The text of an entry or label."""
        try:
            text = acc.get_text_iface()
            if text is not None:
                return text.get_text(0, text.get_character_count())
        except Exception:
            pass
        return _name(acc)

    def wait_text(self, acc, text, timeout=None):
        """Waits until an entry or label shows text."""
        wait_for(lambda: self.text_of(acc) == text,
                 f"{_role_name(acc)} {_name(acc)!r} to show {text!r}", timeout)

    def has_state(self, acc, state):
        Atspi = _import_atspi()
        return _states(acc).contains(getattr(Atspi.StateType, state.upper()))

    def wait_focused(self, acc, timeout=None):
        wait_for(lambda: self.has_state(acc, "focused") or self.has_state(acc, "active"),
                 f"{_role_name(acc)} {_name(acc)!r} to have the focus", timeout)

    # Real input

    def _toplevel(self, acc):
        while True:
            parent = acc.get_parent()
            if parent is None or _role_name(parent) == "application":
                return acc
            acc = parent

    def _x_window_origin(self, toplevel):
        """Where the toplevel's widget starts on the screen. GTK 4.8 gives
        positions in the window only; the X window of the same size (less
        the margin a client-side decorated window keeps) tells where it is."""
        Atspi = _import_atspi()
        own = toplevel.get_extents(Atspi.CoordType.WINDOW)
        windows = self._run(["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)]).split()
        try:
            active = self._run(["xdotool", "getactivewindow"]).strip()
        except JourneyError:
            active = None
        best = None
        for window in windows:
            geometry = {}
            for line in self._run(["xdotool", "getwindowgeometry", "--shell", window]).splitlines():
                key, _, value = line.partition("=")
                geometry[key] = int(value)
            margin_x = geometry["WIDTH"] - own.width
            margin_y = geometry["HEIGHT"] - own.height
            if margin_x < 0 or margin_x != margin_y or margin_x % 2 or margin_x > 128:
                continue
            candidate = (window != active, geometry["X"] + margin_x // 2, geometry["Y"] + margin_y // 2)
            if best is None or candidate < best:
                best = candidate
        if best is None:
            raise JourneyError(f"no X window of {own.width}x{own.height} for {_name(toplevel)!r}")
        return best[1], best[2]

    def center(self, acc):
        """The middle of a widget in screen coordinates."""
        Atspi = _import_atspi()
        extents = acc.get_extents(Atspi.CoordType.WINDOW)
        if extents.width <= 0 or extents.height <= 0:
            raise JourneyError(f"{_role_name(acc)} {_name(acc)!r} has no size")
        x, y = self._x_window_origin(self._toplevel(acc))
        return x + extents.x + extents.width // 2, y + extents.y + extents.height // 2

    def settled_center(self, acc):
        """The middle of a widget once it has stopped moving: a toast
        slides in and a revealer opens over several frames, and on a
        loaded machine a click aimed at the first position lands beside
        the widget."""
        last = [None, 0]

        def still():
            now = self.center(acc)
            if now == last[0]:
                last[1] += 1
            else:
                last[0], last[1] = now, 0
            # The same place in three readings in a row (POLL apart).
            return now if last[1] >= 2 else None

        return wait_for(still, f"{_role_name(acc)} {_name(acc)!r} to stop moving")

    def click(self, acc, button=1, repeat=1):
        x, y = self.settled_center(acc)
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", "--repeat", str(repeat), "--delay", "80", str(button))

    def click_in_popover(self, acc, button=1):
        """Clicks a widget inside a popover (a menu item, a picker's row).
        A popover is an X window of its own, and GTK 4.8 gives its widgets'
        positions in the main window: the ancestor as large as one of the
        app's other X windows is the popover, and the widget's offset in it
        is its offset in that X window."""
        Atspi = _import_atspi()
        main_width = self.window.get_extents(Atspi.CoordType.WINDOW).width

        def where():
            inner = acc.get_extents(Atspi.CoordType.WINDOW)
            if inner.width <= 0 or inner.height <= 0:
                return None
            windows = []
            for window in self._run(["xdotool", "search", "--onlyvisible", "--pid",
                                     str(self.app.pid)]).split():
                geometry = {}
                for line in self._run(["xdotool", "getwindowgeometry", "--shell", window]).splitlines():
                    key, _, value = line.partition("=")
                    geometry[key] = int(value)
                windows.append(geometry)
            parent = acc.get_parent()
            while parent is not None and _role_name(parent) != "application":
                try:
                    outer = parent.get_extents(Atspi.CoordType.WINDOW)
                except Exception:  # no Component interface: a plain container
                    parent = parent.get_parent()
                    continue
                for geometry in windows:
                    if (geometry["WIDTH"], geometry["HEIGHT"]) == (outer.width, outer.height) \
                            and outer.width < main_width:
                        return (geometry["X"] + inner.x - outer.x + inner.width // 2,
                                geometry["Y"] + inner.y - outer.y + inner.height // 2)
                parent = parent.get_parent()
            return None

        x, y = wait_for(where, f"the popover of {_name(acc)!r}")
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", str(button))

    def _visible_in(self, acc, pane):
        Atspi = _import_atspi()
        inner = acc.get_extents(Atspi.CoordType.WINDOW)
        outer = pane.get_extents(Atspi.CoordType.WINDOW)
        return (inner.y >= outer.y and inner.y + inner.height <= outer.y + outer.height
                and inner.height > 0)

    def reveal(self, acc, steps=40):
        """Scrolls the nearest scroll pane with the wheel, as a person
        would, until the widget is inside it."""
        Atspi = _import_atspi()
        pane = acc.get_parent()
        while pane is not None and _role_name(pane) != "scroll pane":
            pane = pane.get_parent()
        if pane is None:
            return
        for _ in range(steps):
            if self._visible_in(acc, pane):
                return
            below = (acc.get_extents(Atspi.CoordType.WINDOW).y
                     > pane.get_extents(Atspi.CoordType.WINDOW).y)
            x, y = self.center(pane)
            self.xdotool("mousemove", "--sync", str(x), str(y))
            self.xdotool("click", "5" if below else "4")
        wait_for(lambda: self._visible_in(acc, pane), f"{_name(acc)!r} to scroll into view")

    def double_click(self, acc):
        self.click(acc, repeat=2)

    def key(self, *keys):
        """Presses keys such as "ctrl+z", "Return", "Tab"."""
        for key in keys:
            self.xdotool("key", "--clearmodifiers", "--delay", "60", key)

    def type(self, text):
        self.xdotool("type", "--delay", "25", "--", text)

    def xdotool(self, *args):
        self._run(["xdotool"] + list(args))

    def resize(self, width, height):
        self.xdotool("search", "--sync", "--pid", str(self.app.pid), "--onlyvisible",
                     "--name", ".", "windowsize", "--sync", str(width), str(height))

    def screenshot(self, path):
        self._run(["import", "-window", "root", path])

    # What the database holds (the window saves as typed)

    def query(self, sql, *params):
        connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, timeout=10)
        # The schema's collation for names; comparing with = needs it.
        connection.create_collation("sam_name", _collate_names)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def wait_query(self, sql, *params, expect, what=None):
        """Waits until the query returns expect (a value, a list of rows, or a
        predicate on the rows)."""
        def check():
            rows = self.query(sql, *params)
            if callable(expect):
                return expect(rows)
            if isinstance(expect, list):
                return rows == expect
            return len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] == expect
        return wait_for(check, what or f"{sql} {params} to give {expect!r}")

    def elapsed(self):
        return time.monotonic() - self.started


def run(journeys):
    """Runs the journeys (name, function) and prints TAP, one line each
    with the seconds it took. Exits 1 if any failed."""
    print(f"1..{len(journeys)}", flush=True)
    failed = 0
    for number, (name, function) in enumerate(journeys, 1):
        started = time.monotonic()
        try:
            function()
        except Exception:
            failed += 1
            for line in traceback.format_exc().splitlines():
                print(f"# {line}", flush=True)
            print(f"not ok {number} - {name} ({time.monotonic() - started:.1f} s)", flush=True)
        else:
            print(f"ok {number} - {name} ({time.monotonic() - started:.1f} s)", flush=True)
    sys.exit(1 if failed else 0)
