#!/usr/bin/env python3
"""A field terminal speaking docs/protocol.md, for tests and benchmarks (python3-paho-mqtt).

Receives its unit's orders, de-duplicates them by order id, and answers each on the order's
response topic with its correlation data: delivered, acknowledged, en_route, on_scene, done
(--states chooses). A repeated order is answered by repeating the answers so far, but not acted on again.
Writes its counts as JSON to --stats: received (messages), unique (order ids), processed_twice
(always 0 unless de-duplication is broken), orders (ids). The file is rewritten after an order,
but in a burst at most every 20 ms: rewriting every id after every order cost ~1 ms each and
capped the terminal below 1,000 orders a second, which is what the benchmark measures.
The password comes from the environment variable FIELD_PEER_PASSWORD.
"""
import argparse
import json
import os
import signal
import ssl
import sys
import threading
import time

import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--ca", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--ns", default="live")
    ap.add_argument("--states", default="delivered,acknowledged,en_route,on_scene,done")
    ap.add_argument("--stats", required=True)
    # A fault a stock broker gives only by chance (killed while it held an answer it had not yet
    # passed on): the first time an order is answered, this state is not published, as if lost.
    # A repeated order's answers include it.
    ap.add_argument("--lose-first", default="")
    args = ap.parse_args()

    states = [s for s in args.states.split(",") if s]
    seen = {}
    counts = {"received": 0, "unique": 0, "processed_twice": 0, "answers": 0, "connects": 0}
    lock = threading.Lock()

    last_write = [0.0]
    dirty = [False]

    def write_stats():
        tmp = args.stats + ".tmp"
        with open(tmp, "w") as f:
            json.dump(dict(counts, orders=sorted(seen)), f)
        os.replace(tmp, args.stats)
        last_write[0] = time.monotonic()
        dirty[0] = False

    def stats_changed():
        # At once when the last write is old (a single order's counts are there when its answers
        # are); in a burst, left to the loop below.
        if time.monotonic() - last_write[0] >= 0.02:
            write_stats()
        else:
            dirty[0] = True

    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=args.user, protocol=mqtt.MQTTv5)
    client.username_pw_set(args.user, os.environ.get("FIELD_PEER_PASSWORD", ""))
    client.tls_set(ca_certs=args.ca, cert_reqs=ssl.CERT_REQUIRED)
    client.reconnect_delay_set(min_delay=1, max_delay=2)
    orders_topic = f"wf/{args.ns}/units/{args.user}/orders"

    def answer(order_id, response_topic, correlation, state):
        props = Properties(PacketTypes.PUBLISH)
        props.CorrelationData = correlation
        props.MessageExpiryInterval = 3600
        payload = json.dumps({"v": 1, "ts": int(time.time() * 1000), "order_id": order_id,
                              "unit_id": args.user, "state": state, "note": ""})
        client.publish(response_topic, payload, qos=1, properties=props)
        counts["answers"] += 1

    def on_connect(c, userdata, flags, reason_code, properties):
        counts["connects"] += 1
        if not reason_code.is_failure:
            c.subscribe(orders_topic, qos=1)

    def on_message(c, userdata, msg):
        with lock:
            counts["received"] += 1
            try:
                order = json.loads(msg.payload)
                order_id = order["order_id"]
            except (ValueError, KeyError, TypeError):
                return
            props = msg.properties
            response = getattr(props, "ResponseTopic", None)
            correlation = getattr(props, "CorrelationData", None)
            if not response or correlation is None or correlation != order_id.encode():
                return
            if order_id in seen:
                # Sent again: the workstation may have missed answers. Repeat them, act on nothing.
                for s in seen[order_id]:
                    answer(order_id, response, correlation, s)
            else:
                seen[order_id] = list(states)
                counts["unique"] += 1
                for s in states:
                    if s == args.lose_first:
                        counts["lost"] = counts.get("lost", 0) + 1
                        continue
                    answer(order_id, response, correlation, s)
            stats_changed()

    def on_subscribe(c, userdata, mid, reason_codes, properties):
        with lock:
            counts["subscribed"] = counts.get("subscribed", 0) + 1
            write_stats()

    client.on_connect = on_connect
    client.on_subscribe = on_subscribe
    client.on_message = on_message
    props = Properties(PacketTypes.CONNECT)
    props.SessionExpiryInterval = 3600
    write_stats()
    client.connect(args.host, args.port, keepalive=10, clean_start=False, properties=props)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    client.loop_start()
    print("ready", flush=True)
    ticks = 0
    while not stop.wait(0.02):
        ticks += 1
        with lock:
            if dirty[0] or ticks % 25 == 0:
                write_stats()
    client.loop_stop()
    with lock:
        write_stats()


if __name__ == "__main__":
    sys.exit(main())
