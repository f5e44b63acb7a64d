<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <name>CameraWall</name>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="48" />
            <source>Snapshot saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="90" />
            <source>Camera wall</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/CameraWall.qml" line="98" />
            <source>%n cameras</source>
            <translation>
                <numerusform>%n camera</numerusform>
                <numerusform>%n cameras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="112" />
            <source>Wall layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="115" />
            <source>Stop tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="115" />
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="119" />
            <source>Cycle all cameras through the wall every %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="122" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="129" />
            <source>Shrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="129" />
            <source>Expand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="132" />
            <source>Give the wall most of the window (F10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="136" />
            <source>Layouts ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="139" />
            <source>Saved layouts, and the wall on a screen of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="144" />
            <source>No saved layouts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="156" />
            <source>Layout “%1” put on the wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="164" />
            <source>Save this layout as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="169" />
            <source>Delete a saved layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="184" />
            <source>Bring the wall back into the main window (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="185" />
            <source>Open the wall in its own window (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="204" />
            <source>ALARM: %1 — nearest cameras on the red tiles (click to dismiss)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="259" />
            <source>No cameras known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="281" />
            <source>Save the wall layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="290" />
            <source>Layout saved as “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="292" />
            <source>Layout not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="297" />
            <source>Name (the layout and the camera on each tile are kept):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="302" />
            <source>e.g. Night shift, Hankou station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="307" />
            <source>A layout of this name exists and will be replaced.</source>
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
            <location filename="../../ui/EventLogModel.cpp" line="13" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="15" />
            <location filename="../../ui/EventLogModel.cpp" line="34" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="17" />
            <location filename="../../ui/EventLogModel.cpp" line="36" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="19" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="28" />
            <source>issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="30" />
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="32" />
            <source>acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="38" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="40" />
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="42" />
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="44" />
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="52" />
            <source>pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="54" />
            <source>theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="56" />
            <source>traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="58" />
            <source>dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="66" />
            <source>Unit %1 on shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="70" />
            <source>Unit %1 position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="74" />
            <source>Unit %1 is %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="78" />
            <source>Camera %1 online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="82" />
            <source>Site %1 registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="86" />
            <source>Incident %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="91" />
            <source>Incident %1 closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="96" />
            <source>Congestion %1 cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="97" />
            <source>Congestion %1 reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="101" />
            <source>Order %1 to %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="106" />
            <source>Order %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="113" />
            <source>Cordon %1 set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="117" />
            <source>Cordon %1 lifted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="121" />
            <source>ALERT %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="125" />
            <source>Alert %1 acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="129" />
            <source>Operator %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="133" />
            <source>Training scenario %1 started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="139" />
            <source>Instructor injected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="142" />
            <source>Instructor moved suspect %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="144" />
            <source>Instructor failed the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="147" />
            <source>Instructor restored the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="150" />
            <source>Instructor ended the run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="156" />
            <source>Training run %1 over: debrief ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="161" />
            <source>Hot-listed plate %1 read at %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="167" />
            <source>Backend %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="168" />
            <source>Backend %1: %2 (%3)</source>
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
        <name>Main</name>
        <message>
            <location filename="../../ui/qml/Main.qml" line="51" />
            <source>Watchfloor — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="51" />
            <source>Watchfloor — LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="56" />
            <source>No available unit to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="60" />
            <source>Order %1 sent to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="77" />
            <source>Watchfloor — camera wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="77" />
            <source>Watchfloor — camera wall — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="147" />
            <source>Right-click the map to send the nearest available unit there; Shift+click to show the cameras that see a place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="154" />
            <source>Open incidents: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="160" />
            <source>Orders: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="166" />
            <source>Rejected events: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="173" />
            <source>Journal errors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="174" />
            <source>Journal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="224" />
            <source>Click the map to choose the instructor's spot (Esc: use the map centre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="261" />
            <source>Instructor's spot: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/Main.qml" line="278" />
            <source>%n camera(s) near the place put on the wall</source>
            <translation>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="298" />
            <source>The camera wall is in its own window (F9 brings it back)</source>
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
            <location filename="../../ui/qml/MapLegend.qml" line="40" />
            <source>Layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="41" />
            <source>Patrol units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="46" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="48" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="54" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="56" />
            <source>off duty / stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="58" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="59" />
            <source>Checkpoints and stations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="64" />
            <source>checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="66" />
            <source>station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="68" />
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="69" />
            <source>Congestion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="375" />
            <source>stale position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="377" />
            <source>Unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="378" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="378" />
            <source>Camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="380" />
            <source>Incident: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="381" />
            <source>Congestion: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="418" />
            <source>Search call sign, camera, place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="431" />
            <source>Nothing found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="442" />
            <source>Offline area…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="446" />
            <source>Prepare an offline area or import map tiles (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="473" />
            <source>Map tiles from the configured tile server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="474" />
            <source>Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="485" />
            <source>%L1 tiles failed to load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="487" />
            <source>tile cache not used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="495" />
            <source>Last failure: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="506" />
            <source>Zoom %1</source>
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
            <location filename="../../ui/qml/TrainingPanel.qml" line="54" />
            <source>Training run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="62" />
            <source>Waiting for the simulator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="71" />
            <source>Hide briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="71" />
            <source>Show briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="77" />
            <source>The scenario's briefing: what happened and what is asked of you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="104" />
            <source>Simulated time (China Standard Time, UTC+8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="115" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="142" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="142" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="146" />
            <source>Pause or resume the simulated world (Ctrl+Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="153" />
            <source>Real time (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="160" />
            <source>Four times real time (Ctrl+4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="167" />
            <source>Sixteen times real time (Ctrl+6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="175" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="179" />
            <source>While paused: advance the world by one second (Ctrl+.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="191" />
            <source>Run over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="192" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="193" />
            <source>Running at %1×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="199" />
            <source>Debrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="205" />
            <source>Instructor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="211" />
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
