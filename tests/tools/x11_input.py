#!/usr/bin/env python3
"""Types keys and drags the mouse in the X display as a person at the keyboard and mouse would,
through the XTEST extension (the display's own input path, so the app under test receives
ordinary key and mouse events).

    x11_input.py [--delay MS] [--window TITLE] STEP...

STEP is a key chord such as ctrl+n, ctrl+shift+Return, Escape or a; wait:MS to pause; or
drag:X,Y,DX,DY,MS to press the left button at (X, Y) of the screen, move it by (DX, DY) evenly
over MS milliseconds (a step every 16 ms) and release it. --window
gives the keyboard to the top-level window whose title contains TITLE first, as a click on its
title bar would (a bare X server has no window manager to do it); otherwise the window that has
the focus receives them. Uses libX11 and libXtst through ctypes: no package beyond the
X libraries Qt itself loads.
"""
import argparse
import ctypes
import ctypes.util
import sys
import time

MODIFIERS = {"ctrl": "Control_L", "shift": "Shift_L", "alt": "Alt_L", "super": "Super_L"}


def load(name, soname):
    path = ctypes.util.find_library(name) or soname
    return ctypes.CDLL(path)


def window_title(x11, display, window):
    """The window's _NET_WM_NAME (UTF-8, as Qt sets it), or ""."""
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long,
                                       ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
                                       ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
                                       ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                       ctypes.POINTER(ctypes.c_void_p)]
    prop = x11.XInternAtom(display, b"_NET_WM_NAME", 0)
    actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
    items, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    if x11.XGetWindowProperty(display, window, prop, 0, 1024, 0, 0, ctypes.byref(actual_type),
                              ctypes.byref(actual_format), ctypes.byref(items), ctypes.byref(after),
                              ctypes.byref(data)) != 0 or not data.value:
        return ""
    text = ctypes.string_at(data.value, items.value).decode("utf-8", "replace")
    x11.XFree(data)
    return text


def focus(x11, display, title):
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                               ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                               ctypes.POINTER(ctypes.c_uint)]
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x11.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFree.argtypes = [ctypes.c_void_p]
    root = x11.XDefaultRootWindow(display)
    root_ret, parent = ctypes.c_ulong(), ctypes.c_ulong()
    children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    if not x11.XQueryTree(display, root, ctypes.byref(root_ret), ctypes.byref(parent), ctypes.byref(children),
                          ctypes.byref(count)):
        sys.exit("x11_input: cannot list the windows")
    found = 0
    for i in range(count.value):
        name = window_title(x11, display, children[i])
        if title.lower() in name.lower():
            found = children[i]
    if children:
        x11.XFree(children)
    if not found:
        sys.exit(f"x11_input: no window called '{title}'")
    x11.XRaiseWindow(display, found)
    x11.XSetInputFocus(display, found, 2, 0)  # RevertToParent, CurrentTime
    x11.XSync(display, 0)
    time.sleep(0.2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--delay", type=int, default=60, help="milliseconds between chords")
    ap.add_argument("--window", default="")
    ap.add_argument("keys", nargs="+")
    args = ap.parse_args()

    x11 = load("X11", "libX11.so.6")
    xtst = load("Xtst", "libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XStringToKeysym.restype = ctypes.c_ulong
    x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]

    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("x11_input: cannot open the display (is DISPLAY set?)")

    if args.window:
        focus(x11, display, args.window)

    def keycode(name):
        sym = x11.XStringToKeysym(name.encode())
        code = x11.XKeysymToKeycode(display, sym) if sym else 0
        if not code:
            sys.exit(f"x11_input: no key called '{name}'")
        return code

    for chord in args.keys:
        if chord.startswith("wait:"):
            time.sleep(int(chord[5:]) / 1000.0)
            continue
        if chord.startswith("drag:"):
            try:
                x, y, dx, dy, ms = (int(v) for v in chord[5:].split(","))
            except ValueError:
                sys.exit(f"x11_input: '{chord}' is not drag:X,Y,DX,DY,MS")
            steps = max(1, ms // 16)
            xtst.XTestFakeMotionEvent(display, -1, x, y, 0)
            xtst.XTestFakeButtonEvent(display, 1, 1, 0)
            x11.XSync(display, 0)
            for i in range(1, steps + 1):
                time.sleep(ms / 1000.0 / steps)
                xtst.XTestFakeMotionEvent(display, -1, x + dx * i // steps, y + dy * i // steps, 0)
                x11.XSync(display, 0)
            xtst.XTestFakeButtonEvent(display, 1, 0, 0)
            x11.XSync(display, 0)
            time.sleep(args.delay / 1000.0)
            continue
        parts = chord.split("+")
        codes = [keycode(MODIFIERS.get(p.lower(), p)) for p in parts]
        for c in codes:
            xtst.XTestFakeKeyEvent(display, c, 1, 0)
        for c in reversed(codes):
            xtst.XTestFakeKeyEvent(display, c, 0, 0)
        x11.XSync(display, 0)
        time.sleep(args.delay / 1000.0)
    x11.XFlush(display)


if __name__ == "__main__":
    main()
