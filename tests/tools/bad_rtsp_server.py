#!/usr/bin/env python3
"""RTSP servers that misbehave, for the camera wall's tests (no RTSP library: raw sockets).

  --mode silent    accepts the connection and never answers
  --mode slow      answers each request one byte every 200 ms (a server on a dying link)
  --mode garbage   answers every request with random bytes
  --mode stall     answers DESCRIBE/SETUP/PLAY properly for an H.264 stream, then sends nothing

Prints "READY <port>" once it listens on 127.0.0.1. Serves clients until killed; each client
gets at most 120 s.
"""
import argparse
import os
import socket
import sys
import threading
import time

SDP = ("v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=stall\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
       "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=control:track0\r\n")


def read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return None
        data += chunk
        if len(data) > 65536:
            return None
    return data.decode("latin-1")


def reply(cseq, extra="", body=""):
    head = f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\n{extra}"
    if body:
        head += f"Content-Type: application/sdp\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n" + body).encode()


def serve(conn, mode):
    conn.settimeout(120)
    start = time.time()
    try:
        while time.time() - start < 120:
            req = read_request(conn)
            if req is None:
                return
            cseq = "0"
            for line in req.split("\r\n"):
                if line.lower().startswith("cseq:"):
                    cseq = line.split(":", 1)[1].strip()
            method = req.split(" ", 1)[0]
            if mode == "silent":
                time.sleep(120)
                return
            if mode == "garbage":
                conn.sendall(os.urandom(4096))
                continue
            if method == "DESCRIBE":
                out = reply(cseq, "Content-Base: rtsp://127.0.0.1/\r\n", SDP)
            elif method == "SETUP":
                out = reply(cseq, "Transport: RTP/AVP/TCP;unicast;interleaved=0-1\r\nSession: 1234\r\n")
            else:
                out = reply(cseq, "Session: 1234\r\n")
            if mode == "slow":
                for b in out:
                    conn.sendall(bytes([b]))
                    time.sleep(0.2)
            else:
                conn.sendall(out)
            # "stall": after PLAY, nothing ever comes.
    except OSError:
        pass
    finally:
        conn.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--mode", choices=["silent", "slow", "garbage", "stall"], required=True)
    args = ap.parse_args()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(64)
    print(f"READY {sock.getsockname()[1]}", flush=True)
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=serve, args=(conn, args.mode), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
