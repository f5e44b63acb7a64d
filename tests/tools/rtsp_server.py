#!/usr/bin/env python3
"""A real RTSP server for the camera-wall tests and benchmark (gst-rtsp-server via python3-gi).

Mounts (H.264, 704x576, 25 fps unless --fps/--size say otherwise; every client of a mount
shares one encoder, so N tiles cost the server one encode per mount):
  /test     videotestsrc SMPTE colour bars, scrolling
  /stamp    moving stripes with the sender's wall-clock milliseconds burnt into the top rows
            as blocks (the layout of ui/wall/FrameStamp.h), for glass-to-glass latency
  /stamp-sub
            the same at 352x288: the sub-stream of a camera whose main stream is /stamp
  /camN     (N = 0..--cameras-1) like /test with a different test pattern per N
  /stock, /stock-unshared
            the factory exactly as gst-rtsp-server ships it (seekable live videotestsrc pipeline,
            shared or one pipeline per client): what a stock server or an analytics box serves
  /camN-sub (with --sub) a 352x288 sub-stream of /camN, as real cameras have

Prints "READY <port>" on stdout once it accepts clients. Runs until killed.
"""
import argparse
import sys
import time

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

BITS = 32
ENCODER = ("x264enc tune=zerolatency speed-preset=ultrafast key-int-max={gop} bitrate={kbps} "
           "! video/x-h264,profile=baseline ! rtph264pay name=pay0 pt=96 config-interval=1")


def test_launch(w, h, fps, gop, kbps, pattern):
    # Colour bars with a moving part: easy to tell from a black or frozen tile in a screenshot.
    # (No text overlay: the pango plugin is not in the environment; /stamp carries the clock.)
    return (f"( videotestsrc is-live=true pattern={pattern} horizontal-speed=4 ! "
            f"video/x-raw,width={w},height={h},framerate={fps}/1 ! "
            + ENCODER.format(gop=gop, kbps=kbps) + " )")


class StampSource:
    """Feeds an appsrc with I420 frames whose top rows encode time.time() in ms."""

    def __init__(self, w, h, fps):
        self.w, self.h, self.fps = w, h, fps
        ysize, csize = w * h, (w // 2) * (h // 2)
        pattern = bytes(16 + (i * 3) % 220 for i in range(2 * w + 4 * h))
        self.frames = []
        for f in range(fps):  # one second of moving diagonal stripes, cycled
            rows = [pattern[(r + f * 8) % w:(r + f * 8) % w + w] for r in range(h)]
            self.frames.append(bytearray(b"".join(rows) + bytes([128]) * (2 * csize)))
        self.ysize = ysize
        # The stamp spans the picture's width: 32 blocks of w/32 pixels, 16/22 as tall as wide.
        self.block_w = w // BITS
        self.block_h = self.block_w * 16 // 22
        self.index = 0
        self.appsrc = None

    def attach(self, appsrc):
        self.appsrc = appsrc
        caps = Gst.Caps.from_string(f"video/x-raw,format=I420,width={self.w},height={self.h},framerate={self.fps}/1")
        appsrc.set_property("caps", caps)
        appsrc.set_property("format", Gst.Format.TIME)
        appsrc.set_property("is-live", True)
        appsrc.set_property("do-timestamp", True)
        GLib.timeout_add(int(1000 / self.fps), self.push)

    def stamp_rows(self, value):
        bright, dark = 235, 16
        row, inv = bytearray(), bytearray()
        for bit in range(BITS):
            one = (value >> (BITS - 1 - bit)) & 1
            row += bytes([bright if one else dark]) * self.block_w
            inv += bytes([dark if one else bright]) * self.block_w
        pad = bytes([dark]) * (self.w - BITS * self.block_w)
        return bytes(row + pad) * self.block_h + bytes(inv + pad) * self.block_h

    def push(self):
        if self.appsrc is None:
            return False
        frame = self.frames[self.index % len(self.frames)]
        self.index += 1
        stamp = int(time.time() * 1000) & 0xFFFFFFFF
        rows = self.stamp_rows(stamp)
        frame[0:len(rows)] = rows
        ret = self.appsrc.emit("push-buffer", Gst.Buffer.new_wrapped(bytes(frame)))
        if ret != Gst.FlowReturn.OK:
            self.appsrc = None  # the media was torn down; a new client configures a new one
            return False
        return True


def answer_not_seekable(_pad, info):
    # A live camera ignores the Range of a PLAY. gst-rtsp-server instead seeks a pipeline that
    # says it is seekable (videotestsrc does), and a live pipeline paused by the client's PAUSE
    # cannot preroll after the seek: the session stalls for 20 s and then fails. FFmpeg, and so
    # Qt's player, sends exactly "PAUSE, PLAY Range: npt=0-" right after connecting. Answering
    # the pipeline's seeking query ourselves (a fresh query says "not seekable"; Python cannot
    # write to it) makes the server skip the seek and keep streaming, as a camera does.
    if info.get_query().type == Gst.QueryType.SEEKING:
        return Gst.PadProbeReturn.HANDLED
    return Gst.PadProbeReturn.OK


def make_live_only(_factory, media):
    pay = media.get_element().get_by_name("pay0")
    pay.get_static_pad("src").add_probe(Gst.PadProbeType.QUERY_UPSTREAM, answer_not_seekable)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=8554)
    ap.add_argument("--size", default="704x576")
    ap.add_argument("--fps", type=int, default=25)
    ap.add_argument("--kbps", type=int, default=1500)
    ap.add_argument("--cameras", type=int, default=4, help="how many /camN mounts")
    ap.add_argument("--sub", action="store_true", help="add a 352x288 /camN-sub for every /camN")
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(str(args.port))
    mounts = server.get_mount_points()

    def add(path, launch, on_configure=None, stock=False, shared=True):
        factory = GstRtspServer.RTSPMediaFactory()
        factory.set_launch(launch)
        factory.set_shared(shared)
        if not stock:
            factory.connect("media-configure", make_live_only)
        if on_configure:
            factory.connect("media-configure", on_configure)
        mounts.add_factory(path, factory)

    add("/test", test_launch(w, h, args.fps, args.fps, args.kbps, "smpte"))
    patterns = ["smpte", "smpte100", "colors", "smpte75"]  # all colourful: tests check for colour
    for n in range(args.cameras):
        add(f"/cam{n}", test_launch(w, h, args.fps, args.fps, args.kbps, patterns[n % len(patterns)]))
        if args.sub:
            add(f"/cam{n}-sub", test_launch(352, 288, args.fps, args.fps, args.kbps // 4, patterns[n % len(patterns)]))
    # As the server ships: nothing answers its seeking query, so a client's PLAY with a Range
    # seeks the live pipeline. A live viewer must play these at once all the same.
    add("/stock", test_launch(w, h, args.fps, args.fps, args.kbps, "smpte"), stock=True)
    add("/stock-unshared", test_launch(w, h, args.fps, args.fps, args.kbps, "colors"), stock=True, shared=False)

    def stamp_configurer(sw, sh):
        def configure_stamp(_factory, media):
            source = StampSource(sw, sh, args.fps)
            source.attach(media.get_element().get_by_name("src"))
        return configure_stamp

    add("/stamp", "( appsrc name=src ! videoconvert ! " + ENCODER.format(gop=args.fps, kbps=args.kbps * 2) + " )",
        stamp_configurer(w, h))
    add("/stamp-sub", "( appsrc name=src ! videoconvert ! " + ENCODER.format(gop=args.fps, kbps=args.kbps // 2) + " )",
        stamp_configurer(352, 288))
    if server.attach(None) == 0:
        print(f"cannot listen on port {args.port}", file=sys.stderr)
        return 1
    print(f"READY {args.port}", flush=True)
    GLib.MainLoop().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
