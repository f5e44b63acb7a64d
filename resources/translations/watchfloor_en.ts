<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CameraWall</name>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="19" />
            <source>Camera wall</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/CameraWall.qml" line="20" />
            <source>%n cameras</source>
            <translation>
                <numerusform>%n camera</numerusform>
                <numerusform>%n cameras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="43" />
            <source>No video source yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="60" />
            <source>No cameras known yet</source>
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
            <location filename="../../ui/EventLogModel.cpp" line="88" />
            <source>Incident %1 closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="92" />
            <source>Congestion %1 cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="93" />
            <source>Congestion %1 reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="97" />
            <source>Order %1 to %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="101" />
            <source>Order %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="108" />
            <source>Cordon %1 set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="112" />
            <source>Cordon %1 lifted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="116" />
            <source>ALERT %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="120" />
            <source>Alert %1 acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="124" />
            <source>Operator %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/qml/Main.qml" line="21" />
            <source>Watchfloor — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="21" />
            <source>Watchfloor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="26" />
            <source>No available unit to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="30" />
            <source>Order %1 sent to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="52" />
            <source>Right-click the map to send the nearest available unit there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="58" />
            <source>Open incidents: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="63" />
            <source>Orders: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="68" />
            <source>Rejected events: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="74" />
            <source>Journal errors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="75" />
            <source>Journal: %1</source>
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
            <location filename="../../ui/qml/MapPanel.qml" line="317" />
            <source>stale position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="319" />
            <source>Unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="320" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="320" />
            <source>Camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="322" />
            <source>Incident: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="323" />
            <source>Congestion: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="360" />
            <source>Search call sign, camera, place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="373" />
            <source>Nothing found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="389" />
            <source>Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="399" />
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
</TS>
