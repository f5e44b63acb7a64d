<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CameraWall</name>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="35" />
            <source>Snapshot saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="77" />
            <source>Camera wall</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/CameraWall.qml" line="84" />
            <source>%n cameras</source>
            <translation>
                <numerusform>%n camera</numerusform>
                <numerusform>%n cameras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="98" />
            <source>Wall layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="103" />
            <source>Stop tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="103" />
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="107" />
            <source>Cycle all cameras through the wall every %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="112" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="120" />
            <source>Shrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="120" />
            <source>Expand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="136" />
            <source>ALARM: %1 — nearest cameras on the red tiles (click to dismiss)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="191" />
            <source>No cameras known yet</source>
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
            <location filename="../../ui/qml/DebriefDialog.qml" line="71" />
            <source>Debrief — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="79" />
            <source>Score %1 of %2 (%3 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="100" />
            <source>Ended by the instructor after %1 min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="101" />
            <source>Ended at its end time, after %1 min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="106" />
            <source>Response times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="109" />
            <source>No incidents were reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="115" />
            <source>%1: %2 incidents, %3 reached, %4 within target; median %5, 90th percentile %6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="122" />
            <source>Suspects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="125" />
            <source>This scenario has no fleeing suspect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="132" />
            <source>%1 (%2): intercepted at %3 by %4, %5 min into the run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="135" />
            <source>%1 (%2): not intercepted; %3 km from where it started, %4 plate reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="142" />
            <source>Cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="145" />
            <source>No cordons were set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="152" />
            <source>%1: %2 checkpoints, closed %3 after it was set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="154" />
            <source>%1: %2 checkpoints, never closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="158" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="161" />
            <source>%1 issued, %2 acknowledged, %3 on scene, %4 completed, %5 refused, %6 unanswered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="167" />
            <source>Objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="174" />
            <source>%1 — %2 of %3 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="182" />
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="183" />
            <source>Not saved to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="193" />
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
            <source>%L1 position fixes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="53" />
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
            <location filename="../../ui/EventLogModel.cpp" line="50" />
            <source>pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="52" />
            <source>theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="54" />
            <source>traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="56" />
            <source>dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="64" />
            <source>Unit %1 on shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="68" />
            <source>Unit %1 position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="72" />
            <source>Unit %1 is %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="76" />
            <source>Camera %1 online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="80" />
            <source>Site %1 registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="84" />
            <source>Incident %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="89" />
            <source>Incident %1 closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="94" />
            <source>Congestion %1 cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="95" />
            <source>Congestion %1 reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="99" />
            <source>Order %1 to %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="104" />
            <source>Order %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="111" />
            <source>Cordon %1 set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="115" />
            <source>Cordon %1 lifted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="119" />
            <source>ALERT %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="123" />
            <source>Alert %1 acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="127" />
            <source>Operator %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="131" />
            <source>Training scenario %1 started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="137" />
            <source>Instructor injected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="140" />
            <source>Instructor moved suspect %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="142" />
            <source>Instructor failed the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="145" />
            <source>Instructor restored the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="148" />
            <source>Instructor ended the run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="154" />
            <source>Training run %1 over: debrief ready</source>
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
            <location filename="../../ui/qml/InstructorPanel.qml" line="66" />
            <source>Hide the instructor panel (Ctrl+Shift+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="76" />
            <source>Spot picked on the map: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="76" />
            <source>Spot: map centre %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="83" />
            <source>Pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="88" />
            <source>Click the map to choose the spot; or search a place and use the map centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="104" />
            <source>Pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="105" />
            <source>Theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="106" />
            <source>Traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="107" />
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="115" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="115" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="115" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="115" />
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="118" />
            <source>Inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="122" />
            <source>Incident injected at the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="125" />
            <source>Report an incident of this type at the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="139" />
            <source>No suspects in this scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="142" />
            <source>Move here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="147" />
            <source>Suspect %1 moved to the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="150" />
            <source>The suspect continues its flight from the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="168" />
            <source>Fail radio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="172" />
            <source>Radio of %1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="175" />
            <source>The unit stops reporting and does not answer orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="178" />
            <source>Restore radio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="182" />
            <source>Radio of %1 restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="195" />
            <source>Click again to end the run and score it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="195" />
            <source>End run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="203" />
            <source>Run ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="207" />
            <source>Stop the run now and show the debrief</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/qml/Main.qml" line="40" />
            <source>Watchfloor — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="40" />
            <source>Watchfloor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="45" />
            <source>No available unit to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="49" />
            <source>Order %1 sent to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="95" />
            <source>Right-click the map to send the nearest available unit there; Shift+click to show the cameras that see a place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="101" />
            <source>Open incidents: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="106" />
            <source>Orders: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="111" />
            <source>Rejected events: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="117" />
            <source>Journal errors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="118" />
            <source>Journal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="168" />
            <source>Click the map to choose the instructor's spot (Esc: use the map centre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="198" />
            <source>Instructor's spot: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/Main.qml" line="215" />
            <source>%n camera(s) near the place put on the wall</source>
            <translation>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
            </translation>
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
            <location filename="../../ui/qml/MapDetails.qml" line="74" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="80" />
            <source>Last fix %1 s ago (stale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="81" />
            <source>Last fix %1 s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="87" />
            <source>Heading %1°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="99" />
            <source>Centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="105" />
            <source>Stop following</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="105" />
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
            <location filename="../../ui/qml/MapPanel.qml" line="338" />
            <source>stale position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="340" />
            <source>Unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="341" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="341" />
            <source>Camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="343" />
            <source>Incident: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="344" />
            <source>Congestion: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="381" />
            <source>Search call sign, camera, place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="394" />
            <source>Nothing found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="410" />
            <source>Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="420" />
            <source>Zoom %1</source>
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
            <location filename="../../ui/qml/TrainingPanel.qml" line="61" />
            <source>Waiting for the simulator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="70" />
            <source>Hide briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="70" />
            <source>Show briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="75" />
            <source>The scenario's briefing: what happened and what is asked of you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="100" />
            <source>Simulated time (China Standard Time, UTC+8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="110" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="137" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="137" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="141" />
            <source>Pause or resume the simulated world (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="148" />
            <source>Real time (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="155" />
            <source>Four times real time (Ctrl+4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="162" />
            <source>Sixteen times real time (Ctrl+6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="170" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="174" />
            <source>While paused: advance the world by one second (full stop key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="185" />
            <source>Run over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="186" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="187" />
            <source>Running at %1×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="193" />
            <source>Debrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="198" />
            <source>Instructor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="203" />
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
            <location filename="../../ui/qml/UnitList.qml" line="46" />
            <source>Click to centre the map on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="64" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="64" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="65" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="65" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="71" />
            <source>%1 km/h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="80" />
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
            <location filename="../../ui/qml/WallTile.qml" line="172" />
            <source>SIGNAL LOST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="66" />
            <location filename="../../ui/qml/WallTile.qml" line="172" />
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
            <location filename="../../ui/qml/WallTile.qml" line="144" />
            <source>%1 fps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="148" />
            <source>%1 kb/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="150" />
            <source>sub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="150" />
            <source>main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="170" />
            <source>Drop a camera here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="171" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="188" />
            <source>retrying in %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="221" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="221" />
            <source>Maximise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="222" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="222" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="223" />
            <source>Step one frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="224" />
            <source>Snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="225" />
            <source>Unmute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="225" />
            <source>Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="226" />
            <source>Reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="227" />
            <source>Remove from wall</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall</name>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="42" />
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="45" />
            <source>expected a JSON array of cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="50" />
            <source>camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="52" />
            <source>%1: expected an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="58" />
            <source>%1: missing "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="63" />
            <source>%1: "%2" must be a non-empty string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="73" />
            <source>%1: "%2" must be a number from %3 to %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="91" />
            <source>%1: duplicate id "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="95" />
            <source>%1: "transport" must be "tcp" or "udp"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="98" />
            <source>%1: not a valid URL: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="115" />
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall::WallPlayer</name>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="227" />
            <source>Invalid address: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="239" />
            <source>Playback error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="246" />
            <source>The stream ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="248" />
            <source>Unsupported or unreachable stream</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="369" />
            <source>No picture for %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="370" />
            <source>No picture within %1 s of connecting</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
