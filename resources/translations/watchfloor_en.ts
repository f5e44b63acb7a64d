<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="29" />
            <source>Alert %1 acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="36" />
            <source>Alert %1 dismissed: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/AlertQueue.qml" line="43" />
            <source>Alert %1 snoozed for %n minute(s)</source>
            <translation>
                <numerusform>Alert %1 snoozed for %n minute(s)</numerusform>
                <numerusform>Alert %1 snoozed for %n minute(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="105" />
            <source>%1 · %2 · waiting %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="139" />
            <source>No alert waits. New alarms, hot-list hits and tips appear here, most urgent first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="150" />
            <source>Acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="153" />
            <source>A: acknowledge the chosen alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="156" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="159" />
            <source>N: make an incident of the chosen alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="162" />
            <source>Dismiss…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="165" />
            <source>D: dismiss the chosen alert, with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="168" />
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="171" />
            <source>S: snooze the chosen alert for 10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="178" />
            <source>False alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="178" />
            <source>false alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="179" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="179" />
            <source>duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="180" />
            <source>Handled elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="180" />
            <source>handled elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="181" />
            <source>Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="181" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="185" />
            <source>5 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="186" />
            <source>10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="187" />
            <source>30 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="188" />
            <source>1 hour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackendBanner</name>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="14" />
            <source>Backend %1 · role %2 · namespace %3 · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="28" />
            <source>connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="29" />
            <source>connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="30" />
            <source>disconnected: orders wait in the outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="31" />
            <source>refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="32" />
            <source>no connection yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="43" />
            <source>LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="59" />
            <source>Orders, alerts and cordons go through this broker. Training and live never share a namespace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="65" />
            <source>Outbox: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="72" />
            <source>Refused messages: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CameraPicker</name>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="64" />
            <source>Find camera…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="68" />
            <source>Camera id or name; drag a camera onto a tile or double-click it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="118" />
            <source>No camera matches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CameraWall</name>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="51" />
            <source>Snapshot saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="93" />
            <source>Camera wall</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/CameraWall.qml" line="101" />
            <source>%n cameras</source>
            <translation>
                <numerusform>%n camera</numerusform>
                <numerusform>%n cameras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="115" />
            <source>Wall layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="118" />
            <source>Stop tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="118" />
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="122" />
            <source>Cycle all cameras through the wall every %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="125" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="132" />
            <source>Shrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="132" />
            <source>Expand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="135" />
            <source>Give the wall most of the window (F10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="139" />
            <source>Layouts ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="142" />
            <source>Saved layouts, and the wall on a screen of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="147" />
            <source>No saved layouts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="159" />
            <source>Layout “%1” put on the wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="167" />
            <source>Save this layout as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="172" />
            <source>Delete a saved layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="187" />
            <source>Bring the wall back into the main window (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="188" />
            <source>Open the wall in its own window (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="207" />
            <source>ALARM: %1 — nearest cameras on the red tiles (click to dismiss)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="263" />
            <source>No cameras known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="285" />
            <source>Save the wall layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="294" />
            <source>Layout saved as “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="296" />
            <source>Layout not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="301" />
            <source>Name (the layout and the camera on each tile are kept):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="306" />
            <source>e.g. Night shift, Hankou station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="311" />
            <source>A layout of this name exists and will be replaced.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CordonEditorVisuals</name>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="178" />
            <source>Radius %1 km · Enter: done · Esc: cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="179" />
            <source>%1 km² · drag a point to move it, right-click to delete, click an edge's dot to insert · Enter: done · Esc: cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CordonEngine</name>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="98" />
            <source>The cordon has no shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="104" />
            <source>No road crosses this ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="119" />
            <location filename="../../app/core/CordonEngine.cpp" line="179" />
            <source>The incident is more than 2 km from a road the suspect can use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="189" />
            <source>No road leads away from the incident</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CordonPanel</name>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="27" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="27" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="40" />
            <source>Cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="48" />
            <source>Close the cordon panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="57" />
            <source>Polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="60" />
            <source>Click points on the map; Enter finishes, Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="63" />
            <source>Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="66" />
            <source>Click the centre, then a point on the rim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="69" />
            <source>Rectangle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="72" />
            <source>Click one corner, then the opposite corner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="86" />
            <source>A prefecture, district or county, or the province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="90" />
            <source>Nested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="93" />
            <source>Also the city and province rings around it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="96" />
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="106" />
            <source>Fled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="108" />
            <source>min, ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="110" />
            <source>min ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="121" />
            <source>Car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="121" />
            <source>Evading (village and county roads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="124" />
            <source>Drive-time ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="126" />
            <source>From the newest open incident, or the map's centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="166" />
            <source>Crossings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="170" />
            <source>Lift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="178" />
            <source>No cordon set</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonPanel.qml" line="214" />
            <source>%1. %2 · %3 · %4 · %n camera(s)</source>
            <translation>
                <numerusform>%1. %2 · %3 · %4 · %n camera(s)</numerusform>
                <numerusform>%1. %2 · %3 · %4 · %n camera(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="218" />
            <source>no checkpoint</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DebriefDialog</name>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="31" />
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="35" />
            <source>Key sites (target 1 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="36" />
            <source>Central urban (target 3 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="37" />
            <source>Other urban (target 5 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="39" />
            <source>Rural (no target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="74" />
            <source>Debrief — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="83" />
            <source>Score %1 of %2 (%3 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="104" />
            <source>Ended by the instructor after %1 min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="105" />
            <source>Ended at its end time, after %1 min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="110" />
            <source>Response times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="113" />
            <source>No incidents were reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="119" />
            <source>%1: %2 incidents, %3 reached, %4 within target; median %5, 90th percentile %6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="126" />
            <source>Suspects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="129" />
            <source>This scenario has no fleeing suspect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="136" />
            <source>%1 (%2): intercepted at %3 by %4, %5 min into the run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="139" />
            <source>%1 (%2): not intercepted; %3 km from where it started, %4 plate reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="146" />
            <source>Cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="149" />
            <source>No cordons were set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="156" />
            <source>%1: %2 checkpoints, closed %3 after it was set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="158" />
            <source>%1: %2 checkpoints, never closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="162" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="165" />
            <source>%1 issued, %2 acknowledged, %3 on scene, %4 completed, %5 refused, %6 unanswered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="171" />
            <source>Objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="178" />
            <source>%1 — %2 of %3 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="186" />
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="187" />
            <source>Not saved to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="197" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatchPanel</name>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="70" />
            <source>Alerts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="76" />
            <source>Incidents (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="77" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="78" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventList</name>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="18" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="19" />
            <source>%L1 position fixes · %L2 plate reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="54" />
            <source>Nothing has happened yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventLog</name>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="17" />
            <source>Unit %1 on shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="21" />
            <source>Unit %1 position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="25" />
            <source>Unit %1 is %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="29" />
            <source>Camera %1 online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="33" />
            <source>Site %1 registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="37" />
            <source>Incident %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="42" />
            <source>Incident %1 closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="47" />
            <source>Congestion %1 cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="48" />
            <source>Congestion %1 reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="52" />
            <source>Order %1 to %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="58" />
            <source>Order %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="65" />
            <source>Cordon %1 set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="69" />
            <source>Cordon %1 lifted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="73" />
            <source>ALERT %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="77" />
            <source>Alert %1 acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="81" />
            <source>Operator %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="85" />
            <source>Training scenario %1 started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="91" />
            <source>Instructor injected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="94" />
            <source>Instructor moved suspect %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="96" />
            <source>Instructor failed the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="99" />
            <source>Instructor restored the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="102" />
            <source>Instructor ended the run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="108" />
            <source>Training run %1 over: debrief ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="113" />
            <source>Hot-listed plate %1 read at %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="118" />
            <source>Incident %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="123" />
            <source>Alert %1 dismissed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="127" />
            <source>Alert %1 snoozed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="131" />
            <source>Alert %1 attached to incident %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="137" />
            <source>Backend %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="138" />
            <source>Backend %1: %2 (%3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GeoShape</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="217" />
            <source>%1 at %2° N, %3° E</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentPanel</name>
        <message numerus="yes">
            <location filename="../../ui/qml/IncidentPanel.qml" line="45" />
            <source>%n unit(s) dispatched to %1</source>
            <translation>
                <numerusform>%n unit(s) dispatched to %1</numerusform>
                <numerusform>%n unit(s) dispatched to %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="112" />
            <source>No open incident. Ctrl+N or a right-click on the map makes one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="131" />
            <source>key site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="132" />
            <source>central urban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="133" />
            <source>urban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="133" />
            <source>outside the response zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="134" />
            <source>%1: target %2 min · %3 of %4 available units make it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="136" />
            <source>%1: no response target · %2 available units within 30 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="182" />
            <source>ETA %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="190" />
            <source>makes it (%1 spare)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="191" />
            <source>misses by %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/IncidentPanel.qml" line="201" />
            <source>Dispatch %n unit(s)</source>
            <translation>
                <numerusform>Dispatch %n unit(s)</numerusform>
                <numerusform>Dispatch %n unit(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="205" />
            <source>Ctrl+Enter: send the chosen units to this incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="208" />
            <source>Call support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="212" />
            <source>Send the two fastest available units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="216" />
            <source>Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="223" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InstructorPanel</name>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="38" />
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="56" />
            <source>INSTRUCTOR — not for the trainee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="67" />
            <source>Hide the instructor panel (Ctrl+Shift+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="78" />
            <source>Spot picked on the map: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="78" />
            <source>Spot: map centre %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="85" />
            <source>Pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="90" />
            <source>Click the map to choose the spot; or search a place and use the map centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="106" />
            <source>Pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="107" />
            <source>Theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="108" />
            <source>Traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="109" />
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="117" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="117" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="117" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="117" />
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="120" />
            <source>Inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="124" />
            <source>Incident injected at the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="127" />
            <source>Report an incident of this type at the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="141" />
            <source>No suspects in this scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="158" />
            <source>Move here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="163" />
            <source>Suspect %1 moved to the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="166" />
            <source>The suspect continues its flight from the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="198" />
            <source>Fail radio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="202" />
            <source>Radio of %1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="205" />
            <source>The unit stops reporting and does not answer orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="208" />
            <source>Restore radio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="212" />
            <source>Radio of %1 restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="225" />
            <source>Click again to end the run and score it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="225" />
            <source>End run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="233" />
            <source>Run ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="237" />
            <source>Stop the run now and show the debrief</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LayerFile</name>
        <message>
            <location filename="../../maps/geo/BoundaryCatalog.cpp" line="31" />
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/qml/Main.qml" line="60" />
            <source>Watchfloor — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="60" />
            <source>Watchfloor — LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="85" />
            <source>Order %1 sent to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="105" />
            <source>Watchfloor — camera wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="105" />
            <source>Watchfloor — camera wall — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="60" />
            <source>Watchfloor — PLAYBACK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="69" />
            <source>Playback shows a recording: nothing can be changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="77" />
            <source>Playback shows a recording: no order is sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="81" />
            <source>Select a unit on the map first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="184" />
            <source>Right-click the map for a new incident there; Shift+click shows the cameras that see a place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="191" />
            <source>Open incidents: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="197" />
            <source>Orders: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="203" />
            <source>Rejected events: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="212" />
            <source>Journal: %1 events lost, not saved (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="214" />
            <source>Journal not saving (%1); %2 events waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="215" />
            <source>Journal errors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="216" />
            <source>Journal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="266" />
            <source>Click the map to choose the instructor's spot (Esc: use the map centre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="305" />
            <source>New incident here…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="309" />
            <source>Move the selected unit here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="334" />
            <source>Instructor's spot: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/Main.qml" line="351" />
            <source>%n camera(s) near the place put on the wall</source>
            <translation>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="371" />
            <source>The camera wall is in its own window (F9 brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="411" />
            <source>Incident %1 created: choose the units to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="416" />
            <source>Click the map to place the incident</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapDetails</name>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="27" />
            <source>Patrol unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="28" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="29" />
            <source>Checkpoint / station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="30" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="31" />
            <source>Congestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="37" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="38" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="39" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="41" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="77" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="84" />
            <source>Last fix %1 s ago (stale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="85" />
            <source>Last fix %1 s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="92" />
            <source>Heading %1°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="105" />
            <source>Centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="111" />
            <source>Stop following</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="111" />
            <source>Follow</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="41" />
            <source>Layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="42" />
            <source>Patrol units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="47" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="49" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="55" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="57" />
            <source>off duty / stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="59" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="60" />
            <source>Checkpoints and stations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="65" />
            <source>checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="67" />
            <source>station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="69" />
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="70" />
            <source>Congestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="71" />
            <source>Response zones (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="77" />
            <source>1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="79" />
            <source>3 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="81" />
            <source>5 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="473" />
            <source>%L1 on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="474" />
            <source>%L1 en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="475" />
            <source>%L1 available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="476" />
            <source>%L1 off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="477" />
            <source>%L1 units: %2 (click to zoom in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="480" />
            <source>stale position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="482" />
            <source>Unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="483" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="483" />
            <source>Camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="485" />
            <source>Incident: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="486" />
            <source>Congestion: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="523" />
            <source>Search call sign, camera, place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="536" />
            <source>Nothing found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="547" />
            <source>Offline area…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="551" />
            <source>Prepare an offline area or import map tiles (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="562" />
            <source>Cordons…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="569" />
            <source>Draw or pick a cordon ring and see its crossings (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="614" />
            <source>Map tiles from the configured tile server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="615" />
            <source>Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="626" />
            <source>%L1 tiles failed to load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="628" />
            <source>tile cache not used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="636" />
            <source>Last failure: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="660" />
            <source>%1 %2% (the map shows the world's cameras meanwhile)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="670" />
            <source>Zoom %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewIncidentDialog</name>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="23" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="56" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="63" />
            <source>dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="64" />
            <source>theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="65" />
            <source>pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="66" />
            <source>traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="67" />
            <source>hit and run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="68" />
            <source>robbery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="69" />
            <source>fight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="70" />
            <source>fire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="71" />
            <source>medical emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="72" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="75" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="79" />
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="79" />
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="79" />
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="79" />
            <source>critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="82" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="87" />
            <source>What happened, who is involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="94" />
            <source>Place: not chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="95" />
            <source>Place: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="98" />
            <source>Pick on map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfflineAreaDialog</name>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="28" />
            <source>Type a prefecture, district or place name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="28" />
            <source>Unknown region: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="32" />
            <source>Prepare an offline area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="46" />
            <source>Stopped: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="48" />
            <source>Cancelled. Start again to resume where it stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="50" />
            <source>Done, but %L1 tiles failed; start again to retry them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="52" />
            <source>Done: the area is available offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="63" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="66" />
            <source>The current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="73" />
            <source>Named region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="80" />
            <source>e.g. 武汉市, Ezhou, Jiang'an District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="84" />
            <source>Zoom levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="86" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="94" />
            <source>About %L1 tiles (at most %L2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="108" />
            <source>%L1 of %L2 tiles (%L3 already cached, %L4 failed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="114" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="117" />
            <source>Fetch the area's tiles into the cache; tiles already cached are skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="127" />
            <source>Cancel run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="133" />
            <source>Import MBTiles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="136" />
            <source>Merge the tiles of an existing MBTiles file into the cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="153" />
            <source>Cache: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="154" />
            <source>No tile cache: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="160" />
            <source>Import an MBTiles file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="161" />
            <source>MBTiles files (*.mbtiles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="161" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderList</name>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="21" />
            <source>Active orders only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="58" />
            <source>%1  %2 → %3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="66" />
            <source>incident %1 · </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="67" />
            <source>age %1, last change %2 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="90" />
            <source>No order given yet. Dispatch units from an incident.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../ui/qml/Theme.qml" line="49" />
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Theme.qml" line="51" />
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Theme.qml" line="52" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Theme.qml" line="64" />
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Theme.qml" line="65" />
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Theme.qml" line="66" />
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Theme.qml" line="67" />
            <source>critical</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineBar</name>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="45" />
            <source>PLAYBACK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="53" />
            <source>Recording of a live shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="54" />
            <source>Recording of a training run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="55" />
            <source>Recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="62" />
            <source>Read-only: nothing is sent to any unit or backend. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="84" />
            <source>Previous event (Ctrl+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="91" />
            <source>Pause (Ctrl+Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="91" />
            <source>Play (Ctrl+Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="98" />
            <source>Next event (Ctrl+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="106" />
            <source>Slower (Ctrl+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="122" />
            <source>Faster (Ctrl+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="183" />
            <source>This journal holds no events yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="188" />
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="188" />
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="188" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="188" />
            <source>Status changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="188" />
            <source>Cordon edits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="17" />
            <source>TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="25" />
            <source>Simulated world: orders go to simulated units only and never reach live forces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="32" />
            <source>Road network: generated, not real</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="47" />
            <source>Training run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="55" />
            <source>Waiting for the simulator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="64" />
            <source>Hide briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="64" />
            <source>Show briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="70" />
            <source>The scenario's briefing: what happened and what is asked of you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="97" />
            <source>Simulated time (China Standard Time, UTC+8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="108" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="135" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="135" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="139" />
            <source>Pause or resume the simulated world (Ctrl+Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="146" />
            <source>Real time (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="153" />
            <source>Four times real time (Ctrl+4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="160" />
            <source>Sixteen times real time (Ctrl+6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="168" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="172" />
            <source>While paused: advance the world by one second (Ctrl+.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="184" />
            <source>Run over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="185" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="186" />
            <source>Running at %1×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="192" />
            <source>Debrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="198" />
            <source>Instructor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="204" />
            <source>Show or hide the instructor panel (Ctrl+Shift+I)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="19" />
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/UnitList.qml" line="20" />
            <source>%n on shift</source>
            <translation>
                <numerusform>%n on shift</numerusform>
                <numerusform>%n on shift</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="47" />
            <source>Click to centre the map on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="68" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="68" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="69" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="69" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="76" />
            <source>%1 km/h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="85" />
            <source>No units on shift yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WallTile</name>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="63" />
            <source>PAUSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="63" />
            <source>LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="64" />
            <source>STALE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="65" />
            <location filename="../../ui/qml/WallTile.qml" line="176" />
            <source>SIGNAL LOST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="66" />
            <location filename="../../ui/qml/WallTile.qml" line="176" />
            <source>NO SIGNAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="67" />
            <source>CONNECTING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="73" />
            <source>no frame yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="75" />
            <location filename="../../ui/qml/WallTile.qml" line="76" />
            <source>%1 s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="147" />
            <source>%1 fps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="151" />
            <source>%1 kb/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="153" />
            <source>sub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="153" />
            <source>main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="174" />
            <source>Drop a camera here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="175" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="193" />
            <source>retrying in %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="226" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="226" />
            <source>Maximise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="227" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="227" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="228" />
            <source>Step one frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="229" />
            <source>Snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="230" />
            <source>Unmute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="230" />
            <source>Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="231" />
            <source>Reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="232" />
            <source>Remove from wall</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CordonDesk</name>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="37" />
            <source>not reachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="38" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="53" />
            <location filename="../../ui/cordons/CordonDesk.cpp" line="126" />
            <source>Drawn cordon %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="96" />
            <location filename="../../ui/cordons/CordonDesk.cpp" line="176" />
            <source>Cordon not set: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonDesk.cpp" line="119" />
            <source>%n cordon(s) set</source>
            <translation>
                <numerusform>%n cordon(s) set</numerusform>
                <numerusform>%n cordon(s) set</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="139" />
            <source>Boundaries not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="144" />
            <source>No boundary called "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="150" />
            <source>%1 boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="162" />
            <source>No road graph: drive-time rings need one (--roads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="168" />
            <source>A drive-time ring needs 0 to 600 minutes elapsed, 1 to 120 minutes ahead and a known profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="181" />
            <source>Drive-time ring %1 + %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="196" />
            <source>No cordon %1 to lift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="211" />
            <source>Cordon lifted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="243" />
            <source>No cordon %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="247" />
            <source>No road graph: crossings need one (--roads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="267" />
            <source>%1: %2 road crossings, %3 checkpoints, %4 cameras; the suspect's earliest arrival %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="272" />
            <source>unknown (no incident)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CordonEditor</name>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="140" />
            <source>A cordon can have at most %1 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="150" />
            <source>Add a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="163" />
            <source>Move a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="178" />
            <source>Insert a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="187" />
            <source>Delete a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="245" />
            <source>Click at least three points on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="247" />
            <source>Click the centre, then a point on the rim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="248" />
            <source>Click one corner, then the opposite corner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CrossingModel</name>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="13" />
            <source>expressway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="15" />
            <source>urban expressway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="17" />
            <source>arterial road</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="19" />
            <source>county road</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="21" />
            <source>village road</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::Dispatch</name>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="78" />
            <source>A trainee cannot act in a live session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="86" />
            <location filename="../../app/core/Dispatch.cpp" line="116" />
            <source>Unknown unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="88" />
            <source>%1 is off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="93" />
            <source>%1 already has an order for this incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="94" />
            <source>%1 is committed to order %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="106" />
            <source>The order has no valid place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="110" />
            <location filename="../../app/core/Dispatch.cpp" line="132" />
            <location filename="../../app/core/Dispatch.cpp" line="245" />
            <location filename="../../app/core/Dispatch.cpp" line="314" />
            <source>Unknown incident %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="136" />
            <source>Incident %1 is no longer open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="140" />
            <source>No unit chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="146" />
            <source>Unit %1 is chosen twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="199" />
            <source>An incident needs a place: pick it on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="203" />
            <source>An incident needs a type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="207" />
            <source>Unknown priority %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="213" />
            <location filename="../../app/core/Dispatch.cpp" line="265" />
            <location filename="../../app/core/Dispatch.cpp" line="280" />
            <location filename="../../app/core/Dispatch.cpp" line="296" />
            <location filename="../../app/core/Dispatch.cpp" line="312" />
            <source>Unknown alert %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="217" />
            <source>Alert %1 is already attached to incident %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="247" />
            <source>Unknown incident stage %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="252" />
            <source>Only a supervisor may reopen an incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="282" />
            <source>Say why the alert is dismissed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="284" />
            <source>Only a supervisor may dismiss a critical alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="298" />
            <source>Snooze between 1 and 240 minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::MapTiles</name>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="99" />
            <source>No upstream tile server is configured: the built-in map is always available offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="101" />
            <source>The tile cache cannot be used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="104" />
            <source>Choose an area and zoom levels from 0 to 19, the first no larger than the last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="107" />
            <source>%L1 tiles is more than the limit of %L2: choose a smaller area or fewer zoom levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="135" />
            <source>There is no tile cache to import into: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="161" />
            <source>Nothing imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="167" />
            <source>Imported %L1 new tiles from %2; the cache holds %L3 tiles.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::UnitRecommendationModel</name>
        <message>
            <location filename="../../ui/dispatch/UnitRecommendationModel.cpp" line="59" />
            <source>Unknown incident %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/UnitRecommendationModel.cpp" line="61" />
            <source>No road graph: travel times cannot be computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/UnitRecommendationModel.cpp" line="68" />
            <source>No available unit can get there within %1 minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::dispatchtext</name>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="17" />
            <source>pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="19" />
            <source>theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="21" />
            <source>traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="23" />
            <source>dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="25" />
            <source>hit and run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="27" />
            <source>robbery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="29" />
            <source>fight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="31" />
            <source>fire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="33" />
            <source>medical emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="35" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="43" />
            <source>sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="45" />
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="47" />
            <source>accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="49" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="106" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="51" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="91" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="108" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="53" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="55" />
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="57" />
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="59" />
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="67" />
            <source>respond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="69" />
            <source>move to point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="71" />
            <source>man checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="73" />
            <source>hold position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="75" />
            <source>recall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="77" />
            <source>intercept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="79" />
            <source>clear congestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="87" />
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="89" />
            <source>dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="93" />
            <source>resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="95" />
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="104" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="110" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="118" />
            <source>stolen vehicle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="120" />
            <source>unpaid fines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="122" />
            <source>wanted driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="124" />
            <source>fake plates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="132" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="135" />
            <source>Hot-list hit: %1 (%2) at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="137" />
            <source>Suspect vehicle %1 (%2, incident %3) seen at %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="139" />
            <source>Suspect %1 intercepted by %2 at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="141" />
            <source>Order %1 to %2: no acknowledgement in %3 s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="79" />
            <source>A point is not a valid longitude and latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="82" />
            <location filename="../../maps/geo/GeoShape.cpp" line="139" />
            <source>A ring needs at least three distinct points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="87" />
            <source>The shape crosses the antimeridian (180° longitude)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="127" />
            <source>A ring touches itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="129" />
            <source>The outline crosses itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="131" />
            <source>A hole lies outside its polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="133" />
            <source>Holes lie inside each other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="135" />
            <source>The holes cut the polygon in two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="137" />
            <source>One polygon lies inside another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="119" />
            <source>not a vector file GDAL can read (GeoJSON, KML, Shapefile, GeoPackage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="123" />
            <source>the file holds no layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="137" />
            <location filename="../../maps/geo/LayerFile.cpp" line="158" />
            <source>unknown coordinate system %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="142" />
            <source>the file does not say its coordinate system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="167" />
            <source>more than %1 features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="174" />
            <source>feature %1 cannot be transformed to WGS-84</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="188" />
            <source>more than %1 vertices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="201" />
            <source>feature %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps::GeoShape</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="252" />
            <source>The shape is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="268" />
            <location filename="../../maps/geo/GeoShape.cpp" line="320" />
            <source>The shape has no area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="336" />
            <source>A circle's radius must be more than 0 and at most 2,000 km</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps::LayerFile</name>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="226" />
            <source>no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="232" />
            <location filename="../../maps/geo/LayerFile.cpp" line="245" />
            <source>%1 MB is larger than the limit of %2 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="258" />
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall</name>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="44" />
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="47" />
            <source>expected a JSON array of cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="52" />
            <source>camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="54" />
            <source>%1: expected an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="60" />
            <source>%1: missing "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="65" />
            <source>%1: "%2" must be a non-empty string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="75" />
            <source>%1: "%2" must be a number from %3 to %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="93" />
            <source>%1: duplicate id "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="97" />
            <source>%1: "transport" must be "tcp" or "udp"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="100" />
            <source>%1: not a valid URL: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="118" />
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall::CameraRegister</name>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="52" />
            <source>Another Watchfloor is preparing the camera register…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="66" />
            <source>Preparing the province's camera register…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="107" />
            <location filename="../../ui/wall/CameraRegister.cpp" line="125" />
            <source>The camera register could not be prepared: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall::VideoReceiver</name>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="185" />
            <source>No answer within %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="186" />
            <source>Cannot open the stream: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="194" />
            <source>No picture within %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="195" />
            <source>Cannot read the stream: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="201" />
            <location filename="../../ui/wall/VideoReceiver.cpp" line="208" />
            <source>The stream has no video we can decode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="218" />
            <source>Cannot decode the stream: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="241" />
            <source>The stream ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="243" />
            <source>No data for %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="245" />
            <source>Connection lost: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall::WallPlayer</name>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="278" />
            <source>Invalid address: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="312" />
            <source>Playback error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="319" />
            <source>The stream ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="321" />
            <source>Unsupported or unreachable stream</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="465" />
            <source>No picture for %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="466" />
            <source>No picture within %1 s of connecting</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
