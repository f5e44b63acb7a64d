<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="32" />
            <source>Alert %1 acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="39" />
            <source>Alert %1 dismissed: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/AlertQueue.qml" line="46" />
            <source>Alert %1 snoozed for %n minute(s)</source>
            <translation>
                <numerusform>Alert %1 snoozed for %n minute(s)</numerusform>
                <numerusform>Alert %1 snoozed for %n minute(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="114" />
            <source>%1 · %2 · waiting %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="148" />
            <source>No alert waits. New alarms, hot-list hits and tips appear here, most urgent first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="159" />
            <source>Acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="162" />
            <source>A: acknowledge the chosen alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="165" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="168" />
            <source>N: make an incident of the chosen alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="171" />
            <source>Dismiss…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="174" />
            <source>D: dismiss the chosen alert, with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="177" />
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="180" />
            <source>S: snooze the chosen alert for 10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="183" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="190" />
            <source>W: put the cameras that best see the alert's place on the wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="197" />
            <source>False alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="197" />
            <source>false alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="198" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="198" />
            <source>duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="199" />
            <source>Handled elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="199" />
            <source>handled elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="200" />
            <source>Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="200" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="204" />
            <source>5 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="205" />
            <source>10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="206" />
            <source>30 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="207" />
            <source>1 hour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackendBanner</name>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="15" />
            <source>Backend %1 · role %2 · namespace %3 · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="29" />
            <source>connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="30" />
            <source>connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="31" />
            <source>disconnected: orders wait in the outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="32" />
            <source>refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="33" />
            <source>no connection yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="44" />
            <source>LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="60" />
            <source>Orders, alerts and cordons go through this broker. Training and live never share a namespace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="66" />
            <source>Outbox: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="73" />
            <source>Refused messages: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookmarkDialog</name>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="14" />
            <source>Add bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="37" />
            <source>At %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="44" />
            <source>Note (optional), e.g. the caller gave a second address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="48" />
            <source>Saved beside the recording with your name; the recording itself is never changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookmarkList</name>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="14" />
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="29" />
            <source>Kept in %1, beside the recording; the recording itself is never changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="46" />
            <source>No bookmarks yet. Press B (or the Bookmark button) at a moment worth coming back to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="73" />
            <source>(no note) — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="76" />
            <source>Go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="80" />
            <source>Show the recording at this bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="83" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="87" />
            <source>Remove this bookmark (the removal is recorded with your name)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CameraPicker</name>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="65" />
            <source>Find camera…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="69" />
            <source>Camera id or name; drag a camera onto a tile or double-click it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="119" />
            <source>No camera matches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CameraWall</name>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="50" />
            <source>Sighting not marked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="54" />
            <source>Sighting marked on %1 at %2 (on someone in the picture)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="55" />
            <source>Sighting marked on %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="87" />
            <source>Snapshot saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="139" />
            <source>Camera wall</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/CameraWall.qml" line="147" />
            <source>%n cameras</source>
            <translation>
                <numerusform>%n camera</numerusform>
                <numerusform>%n cameras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="161" />
            <source>Wall layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="164" />
            <source>Stop tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="164" />
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="168" />
            <source>Cycle all cameras through the wall every %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="172" />
            <source>Mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="177" />
            <source>Then click a suspect on a picture: the camera, the time and the place in the picture are recorded (M; Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="180" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="187" />
            <source>Shrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="187" />
            <source>Expand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="190" />
            <source>Give the wall most of the window (F10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="194" />
            <source>Layouts ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="197" />
            <source>Saved layouts, and the wall on a screen of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="202" />
            <source>No saved layouts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="214" />
            <source>Layout “%1” put on the wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="222" />
            <source>Save this layout as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="227" />
            <source>Delete a saved layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="242" />
            <source>Bring the wall back into the main window (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="243" />
            <source>Open the wall in its own window (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="261" />
            <source>Click the suspect on a picture to mark a sighting (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="279" />
            <source>ALARM: %1 — nearest cameras on the red tiles (click to dismiss)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="339" />
            <source>No cameras known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="361" />
            <source>Save the wall layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="370" />
            <source>Layout saved as “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="372" />
            <source>Layout not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="377" />
            <source>Name (the layout and the camera on each tile are kept):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="382" />
            <source>e.g. Night shift, Hankou station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="387" />
            <source>A layout of this name exists and will be replaced.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CordonEditorVisuals</name>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="138" />
            <source>Draw round the area, holding the mouse button down · Esc: cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="141" />
            <source>Radius %1 km · Enter: done · Esc: cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="142" />
            <source>%1 km² · drag a point to move it, right-click to delete, click an edge's dot to insert · Enter: done · Esc: cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CordonEngine</name>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="111" />
            <source>The cordon has no shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="117" />
            <source>No road crosses this ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="132" />
            <location filename="../../app/core/CordonEngine.cpp" line="192" />
            <source>The incident is more than 2 km from a road the suspect can use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="202" />
            <source>No road leads away from the incident</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CordonPanel</name>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="36" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="36" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="49" />
            <source>Cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="57" />
            <source>Close the cordon panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="66" />
            <source>Polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="69" />
            <source>Click points on the map; Enter finishes, Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="72" />
            <source>Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="75" />
            <source>Click the centre, then a point on the rim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="78" />
            <source>Rectangle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="81" />
            <source>Click one corner, then the opposite corner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="84" />
            <source>Lasso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="87" />
            <source>Draw round the area freehand; it becomes a polygon you can adjust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="90" />
            <source>Snap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="95" />
            <source>Points snap to the nearest boundary corner or road within a dozen pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="109" />
            <source>A prefecture, district or county, or the province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="113" />
            <source>Nested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="116" />
            <source>Also the city and province rings around it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="119" />
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="129" />
            <source>Fled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="131" />
            <source>min, ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="133" />
            <source>min ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="144" />
            <source>Car</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="144" />
            <source>Evading (village and county roads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="153" />
            <source>Drive-time ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="156" />
            <source>From the newest open incident, or the map's centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="175" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="178" />
            <source>Set each polygon of a GeoJSON, KML, Shapefile or GeoPackage file (at most %1 MB) as a cordon; a file with one bad polygon sets none (Ctrl+Alt+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="182" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="186" />
            <source>Write the cordons set to a new GeoJSON or KML file (Ctrl+Alt+X)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="218" />
            <source>posts closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="218" />
            <source>manning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="223" />
            <source>Crossings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="227" />
            <source>Lift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="235" />
            <source>No cordon set: draw one, pick a boundary or a drive-time ring, or import a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="355" />
            <source>Import cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="357" />
            <source>Vector layers (*.geojson *.json *.kml *.shp *.gpkg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="357" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="362" />
            <source>Export cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="365" />
            <source>GeoJSON (*.geojson)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="365" />
            <source>KML (*.kml)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonPanel.qml" line="272" />
            <source>%1. %2 · %3 · %4 · %n camera(s)</source>
            <translation>
                <numerusform>%1. %2 · %3 · %4 · %n camera(s)</numerusform>
                <numerusform>%1. %2 · %3 · %4 · %n camera(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="276" />
            <source>no checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="288" />
            <source>Manning plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="291" />
            <source>For each crossing, the free unit that gets there first, against the suspect's earliest arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="295" />
            <source>Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="298" />
            <source>Send each ticked unit a man-checkpoint order to its crossing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="335" />
            <source>nobody within reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="336" />
            <source>%1 in %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="337" />
            <source>suspect: not within reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="338" />
            <source>suspect %1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="340" />
            <source> · closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="341" />
            <source> · en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="341" />
            <source> · unmanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="342" />
            <source>%1. %2: %3 · %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DebriefDialog</name>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="32" />
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="36" />
            <source>Key sites (target 1 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="37" />
            <source>Central urban (target 3 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="38" />
            <source>Other urban (target 5 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="40" />
            <source>Rural (no target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="45" />
            <source>no suspect was in this camera's view then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="46" />
            <source>what was marked is not a suspect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="47" />
            <source>a police unit was marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="48" />
            <source>a passer-by in the crowd was marked, not a suspect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="49" />
            <source>the pickpocket of an everyday incident was marked, not one of the exercise's suspects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="50" />
            <source>no such camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="87" />
            <source>Debrief — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="96" />
            <source>Score %1 of %2 (%3 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="117" />
            <source>Ended by the instructor after %1 min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="118" />
            <source>Ended at its end time, after %1 min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="123" />
            <source>Response times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="126" />
            <source>No incidents were reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="132" />
            <source>%1: %2 incidents, %3 reached, %4 within target; median %5, 90th percentile %6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="139" />
            <source>Suspects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="142" />
            <source>This scenario has no fleeing suspect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="149" />
            <source>%1 (%2): intercepted at %3 by %4, %5 min into the run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="152" />
            <source>%1 (%2): not intercepted; %3 km from where it started, %4 plate reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="159" />
            <source>Cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="162" />
            <source>No cordons were set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="170" />
            <source>%1 (set at %2 min, %3 road crossings)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="172" />
            <source>%1: %2 caught inside it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="173" />
            <source>%1: no suspect came to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="175" />
            <source>%1: %2 came to %3 at %4 min and it was held (%5% of the ring held)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="177" />
            <source>%1: %2 came to %3 at %4 min and nobody held it (%5% of the ring held)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="188" />
            <source>%1: %2 checkpoints, closed %3 after it was set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="190" />
            <source>%1: %2 checkpoints, never closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="194" />
            <source>Sightings on camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="198" />
            <source>No sighting was marked; the suspects were in a camera's view %1 times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="199" />
            <source>%1 marked: %2 real, %3 false; %4 of %5 chances on camera missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="208" />
            <source>Real: %1 at %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="209" />
            <source>False: %1 at %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="226" />
            <source>… and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="230" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="233" />
            <source>%1 issued, %2 acknowledged, %3 on scene, %4 completed, %5 refused, %6 unanswered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="239" />
            <source>Objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="246" />
            <source>%1 — %2 of %3 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="254" />
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="255" />
            <source>Not saved to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="265" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatchPanel</name>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="107" />
            <source>Alerts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="113" />
            <source>Incidents (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="114" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="115" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="116" />
            <source>Statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="119" />
            <source>Muted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="119" />
            <source>Sound on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="122" />
            <source>The chime for urgent alerts is off (Ctrl+Shift+M turns it on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="123" />
            <source>A chime sounds for each new urgent alert (Ctrl+Shift+M mutes it)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventList</name>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="20" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="21" />
            <source>%L1 position fixes · %L2 plate reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="56" />
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
        <message numerus="yes">
            <location filename="../../ui/EventLogModel.cpp" line="73" />
            <source>Cordon %1 manning activated: %n order(s)</source>
            <translation>
                <numerusform>Cordon %1 manning activated: %n order(s)</numerusform>
                <numerusform>Cordon %1 manning activated: %n order(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="79" />
            <source>Cordon %1 closed: a unit on every post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="84" />
            <source>ALERT %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="88" />
            <source>Alert %1 acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="92" />
            <source>Operator %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="96" />
            <source>Training scenario %1 started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="102" />
            <source>Instructor injected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="105" />
            <source>Instructor moved suspect %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="107" />
            <source>Instructor failed the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="110" />
            <source>Instructor restored the radio of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="113" />
            <source>Instructor ended the run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="119" />
            <source>Training run %1 over: debrief ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="124" />
            <source>Hot-listed plate %1 read at %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="129" />
            <source>Incident %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="134" />
            <source>Alert %1 dismissed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="138" />
            <source>Alert %1 snoozed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="142" />
            <source>Alert %1 attached to incident %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="148" />
            <source>Backend %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="149" />
            <source>Backend %1: %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="153" />
            <source>Sighting marked on camera %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="27" />
            <source>Export evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="66" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="74" />
            <location filename="../../ui/playback/EvidenceDialog.qml" line="93" />
            <source>Playback position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="83" />
            <source>Start the range where playback stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="85" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="102" />
            <source>End the range where playback stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="106" />
            <source>Whole recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="115" />
            <source>Only the area shown on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="120" />
            <source>Only the units, incidents, alerts, cameras and checkpoints that were in the map's view at some moment of the range, with their whole tracks and orders; operators' actions and cordons always go in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="128" />
            <source>A new or empty folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="131" />
            <source>The evidence goes into this folder, which must be new or empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="134" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="152" />
            <source>Exporting… %1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="154" />
            <source>Saved %1 events and a report of %2 pages in %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="156" />
            <source>Cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="162" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="167" />
            <source>Write the journal's slice, the events as CSV, a PDF report and their SHA-256 manifest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="170" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="170" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="174" />
            <source>Stop the export; nothing is left behind (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="174" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="181" />
            <source>Folder to put the evidence folder in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceExport</name>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="109" />
            <source>the export was cancelled; nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="123" />
            <source>no output folder was given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="126" />
            <source>%1 exists and is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="130" />
            <source>the output folder %1 is not empty; evidence goes into a new or empty folder (nothing was written)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="137" />
            <source>the folder %1 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="141" />
            <source>the range ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="147" />
            <source>journal %1 holds no events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="152" />
            <source>the range %1 to %2 is outside the journal, which runs from %3 to %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="158" />
            <source>the range holds about %1 events, more than %2 in one export; export a shorter range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="167" />
            <source>cannot write in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="172" />
            <source>the export failed and nothing was written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="237" />
            <source>seq</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="238" />
            <source>received (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="239" />
            <source>received (ms since 1970 UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="240" />
            <source>source time (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="241" />
            <source>source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="242" />
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="243" />
            <source>about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="244" />
            <source>description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="337" />
            <source>(no note) — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="338" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="356" />
            <source>incident %1 (%2) reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="412" />
            <source>cannot replace the empty folder %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="415" />
            <source>cannot rename %1 to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceReport</name>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="131" />
            <location filename="../../ui/playback/EvidenceReport.cpp" line="159" />
            <source>Evidence report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="157" />
            <source>Watchfloor evidence report, %1 to %2 (%3), page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="161" />
            <source>Journal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="162" />
            <source>SHA-256 of the journal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="164" />
            <source>Recording of a live shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="165" />
            <source>Recording of a training run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="166" />
            <source>Recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="167" />
            <source>From %1 to %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="169" />
            <source>Only what was in the area %1 at some moment of the range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="170" />
            <source>Events in the range: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="171" />
            <source>Exported %1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="173" />
            <source>The folder's manifest.sha256 holds the SHA-256 of every file; check it with watchfloor --verify-export FOLDER or sha256sum -c manifest.sha256.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="177" />
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="180" />
            <source>No bookmarks in this range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="187" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="193" />
            <source>No orders were issued in this range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Acknowledged (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="197" />
            <source>On scene (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="197" />
            <source>Last state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="206" />
            <source>Acknowledged and on scene: seconds from the order to the unit's answer, as received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="212" />
            <source>The map at each incident's report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="215" />
            <source>Units: green available, orange en route, red on scene, grey off duty; red squares: open incidents; red outlines: cordons set; the ring: the incident's place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="225" />
            <source>… and %1 more incidents without a map: see the timeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="229" />
            <source>Timeline of key events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="233" />
            <source>No alerts, incidents, orders or cordon edits in this range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="237" />
            <source>… and %1 more key events: see events.csv.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentPanel</name>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="58" />
            <source>Coverage left behind: computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="60" />
            <source>key sites 1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="61" />
            <source>central 3 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="62" />
            <source>urban 5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="67" />
            <source>%1 %2% → %3%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="69" />
            <source>Coverage left behind: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/IncidentPanel.qml" line="80" />
            <source>%n unit(s) dispatched to %1</source>
            <translation>
                <numerusform>%n unit(s) dispatched to %1</numerusform>
                <numerusform>%n unit(s) dispatched to %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="173" />
            <source>No open incident. Ctrl+N or a right-click on the map makes one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="192" />
            <source>key site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="193" />
            <source>central urban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="194" />
            <source>urban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="194" />
            <source>outside the response zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="195" />
            <source>%1: target %2 min · %3 of %4 available units make it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="197" />
            <source>%1: no response target · %2 available units within 30 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="243" />
            <source>ETA %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="251" />
            <source>makes it (%1 spare)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="252" />
            <source>misses by %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/IncidentPanel.qml" line="271" />
            <source>Dispatch %n unit(s)</source>
            <translation>
                <numerusform>Dispatch %n unit(s)</numerusform>
                <numerusform>Dispatch %n unit(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="275" />
            <source>Ctrl+Enter: send the chosen units to this incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="278" />
            <source>Call support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="282" />
            <source>Ctrl+Shift+Enter: send the two fastest available units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="285" />
            <source>Lookout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="289" />
            <source>Ctrl+L: broadcast a plate or description to the units around the incident or to the ticked units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="293" />
            <source>Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="300" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InstructorPanel</name>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="39" />
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="57" />
            <source>INSTRUCTOR — not for the trainee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="68" />
            <source>Hide the instructor panel (Ctrl+Alt+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="79" />
            <source>Spot picked on the map: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="79" />
            <source>Spot: map centre %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="86" />
            <source>Pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="91" />
            <source>Click the map to choose the spot; or search a place and use the map centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="107" />
            <source>Pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="108" />
            <source>Theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="109" />
            <source>Traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="110" />
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="122" />
            <source>Inject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="126" />
            <source>Incident injected at the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="129" />
            <source>Report an incident of this type at the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="143" />
            <source>No suspects in this scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="160" />
            <source>Move here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="165" />
            <source>Suspect %1 moved to the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="168" />
            <source>The suspect continues its flight from the spot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="200" />
            <source>Fail radio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="204" />
            <source>Radio of %1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="207" />
            <source>The unit stops reporting and does not answer orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="210" />
            <source>Restore radio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="214" />
            <source>Radio of %1 restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="223" />
            <source>Suspects on camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="244" />
            <source>%1 on %2 at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="245" />
            <source>%1 on %2 %3–%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="247" />
            <source> · marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="253" />
            <source>No camera has had a suspect in view yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="275" />
            <source>Click again to end the run and score it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="275" />
            <source>End run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="283" />
            <source>Run ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="287" />
            <source>Stop the run now and show the debrief</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LayerFile</name>
        <message>
            <location filename="../../maps/geo/BoundaryCatalog.cpp" line="33" />
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LookoutDialog</name>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="29" />
            <source>Lookout for incident %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="29" />
            <source>Lookout</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/LookoutDialog.qml" line="69" />
            <source>Lookout sent to %n unit(s)</source>
            <translation>
                <numerusform>Lookout sent to %n unit(s)</numerusform>
                <numerusform>Lookout sent to %n unit(s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="75" />
            <source>Plate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="80" />
            <source>e.g. 鄂A12345</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="82" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="88" />
            <source>Vehicle, colour, people, direction of travel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="93" />
            <source>Photo (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="100" />
            <source>http(s) link or file path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="103" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="107" />
            <source>Send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="110" />
            <source>Every unit on duty within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="124" />
            <source>m of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="128" />
            <source>latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="134" />
            <source>longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="138" />
            <source>Pick on map</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/LookoutDialog.qml" line="147" />
            <source>The %n unit(s) chosen in the incident panel</source>
            <translation>
                <numerusform>The %n unit(s) chosen in the incident panel</numerusform>
                <numerusform>The %n unit(s) chosen in the incident panel</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="162" />
            <source>Choose a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="163" />
            <source>Images (*.jpg *.jpeg *.png *.webp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="163" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/qml/Main.qml" line="85" />
            <source>Watchfloor — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="85" />
            <source>Watchfloor — LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="112" />
            <source>Order %1 sent to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="170" />
            <source>Watchfloor — camera wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="170" />
            <source>Watchfloor — camera wall — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="85" />
            <source>Watchfloor — PLAYBACK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="96" />
            <source>Playback shows a recording: nothing can be changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="104" />
            <source>Playback shows a recording: no order is sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="108" />
            <source>Select a unit on the map first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="120" />
            <source>Open recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="121" />
            <source>Journals (*.sqlite *.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="121" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="126" />
            <source>The recording opens in a PLAYBACK window of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="248" />
            <source>Open recording…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="253" />
            <source>Review a recorded journal in a PLAYBACK window of its own; this shift goes on (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="259" />
            <source>Right-click the map for a new incident there; Shift+click shows the cameras that see a place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="266" />
            <source>Open incidents: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="272" />
            <source>Orders: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="278" />
            <source>Rejected events: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="287" />
            <source>Journal: %1 events lost, not saved (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="289" />
            <source>Journal not saving (%1); %2 events waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="290" />
            <source>Journal errors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="291" />
            <source>Journal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="341" />
            <source>Click the map to choose the instructor's spot (Esc: use the map centre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="385" />
            <source>New incident here…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="389" />
            <source>Move the selected unit here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="425" />
            <source>Instructor's spot: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/Main.qml" line="442" />
            <location filename="../../ui/qml/Main.qml" line="501" />
            <source>%n camera(s) near the place put on the wall</source>
            <translation>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
                <numerusform>%n camera(s) near the place put on the wall</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="462" />
            <source>The camera wall is in its own window (F9 brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="513" />
            <source>Incident %1 created: choose the units to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="518" />
            <source>Click the map to place the incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="528" />
            <source>Click the map at the centre of the lookout's area</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapDetails</name>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="32" />
            <source>Patrol unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="33" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="34" />
            <source>Checkpoint / station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="35" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="36" />
            <source>Congestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="42" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="43" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="44" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="46" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="82" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="89" />
            <source>Last fix %1 s ago (stale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="90" />
            <source>Last fix %1 s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="97" />
            <source>Heading %1°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="110" />
            <source>Centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="116" />
            <source>Stop following</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="116" />
            <source>Follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="124" />
            <source>Route to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="128" />
            <source>Click a place on the map to see this unit's road route there and its ETA (Ctrl+Alt+R)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message numerus="yes">
            <location filename="../../ui/qml/MapLegend.qml" line="33" />
            <source>%1: %2% in time, %n zone(s) with a gap</source>
            <translation>
                <numerusform>%1: %2% in time, %n zone(s) with a gap</numerusform>
                <numerusform>%1: %2% in time, %n zone(s) with a gap</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="34" />
            <source>%1: %2% in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="62" />
            <source>Layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="63" />
            <source>Patrol units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="68" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="70" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="76" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="78" />
            <source>off duty / stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="80" />
            <source>Cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="84" />
            <source>register: %1 cameras, shown from zoom %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="88" />
            <source>Checkpoints and stations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="93" />
            <source>checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="95" />
            <source>station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="97" />
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="98" />
            <source>Congestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="99" />
            <source>Response zones (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="105" />
            <location filename="../../ui/qml/MapLegend.qml" line="134" />
            <source>1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="107" />
            <location filename="../../ui/qml/MapLegend.qml" line="136" />
            <source>3 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="109" />
            <location filename="../../ui/qml/MapLegend.qml" line="138" />
            <source>5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="111" />
            <source>List…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="117" />
            <source>The zones one by one; a supervisor edits them here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="124" />
            <source>Coverage (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="127" />
            <source>Where a free unit can be within 1, 3 and 5 minutes by road now, and the parts of the response zones nobody reaches in time (red)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="140" />
            <source>gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="143" />
            <source>Key sites, 1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="144" />
            <source>Central, 3 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="145" />
            <source>Urban, 5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="151" />
            <source>computing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="357" />
            <source>from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="428" />
            <source>seen %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="734" />
            <source>%L1 on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="735" />
            <source>%L1 en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="736" />
            <source>%L1 available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="737" />
            <source>%L1 off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="738" />
            <source>%L1 units: %2 (click to zoom in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="741" />
            <source>stale position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="743" />
            <source>Unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="744" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="744" />
            <source>Camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="746" />
            <source>Incident: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="747" />
            <source>Congestion: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="809" />
            <source>Click where %1 should go (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="811" />
            <source>Click a place to see how far a car gets from it in 1, 3 and 5 minutes (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="815" />
            <source>Working out the roads…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="819" />
            <source>%1 by road: %2 (lights and siren)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="820" />
            <source>Reached by car with lights and siren within 1 min (dark), 3 min and 5 min (light)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="824" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="824" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="828" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="864" />
            <source>Search call sign, camera, place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="877" />
            <source>Nothing found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="888" />
            <source>Offline area…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="892" />
            <source>Prepare an offline area or import map tiles (Ctrl+Alt+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="900" />
            <source>Drive-time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="907" />
            <source>Show how far a car with lights and siren gets from a place in 1, 3 and 5 minutes (Ctrl+Alt+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="917" />
            <source>Cordons…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="924" />
            <source>Draw or pick a cordon ring and see its crossings (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="937" />
            <source>Plate trail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="944" />
            <source>Follow a plate across the smart checkpoints and where it can go next (Ctrl+Alt+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1019" />
            <source>Map tiles from the configured tile server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1020" />
            <source>Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1031" />
            <source>%L1 tiles failed to load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1033" />
            <source>tile cache not used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1041" />
            <source>Last failure: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1065" />
            <source>%1 %2% (the map shows the world's cameras meanwhile)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1075" />
            <source>Zoom %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewIncidentDialog</name>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="27" />
            <source>New incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="37" />
            <source>No place called "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="84" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="91" />
            <source>dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="92" />
            <source>theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="93" />
            <source>pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="94" />
            <source>traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="95" />
            <source>hit and run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="96" />
            <source>robbery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="97" />
            <source>fight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="98" />
            <source>fire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="99" />
            <source>medical emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="100" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="103" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="110" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="115" />
            <source>What happened, who is involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="117" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="122" />
            <source>Search a place, or type latitude, longitude; Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="130" />
            <source>Place: not chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="131" />
            <source>Place: %1 (%2, %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="132" />
            <source>Place: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="135" />
            <source>Pick on map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfflineAreaDialog</name>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="29" />
            <source>Type a prefecture, district or place name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="29" />
            <source>Unknown region: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="33" />
            <source>Prepare an offline area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="47" />
            <source>Stopped: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="49" />
            <source>Cancelled. Start again to resume where it stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="51" />
            <source>Done, but %L1 tiles failed; start again to retry them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="53" />
            <source>Done: the area is available offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="64" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="67" />
            <source>The current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="74" />
            <source>Named region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="81" />
            <source>e.g. 武汉市, Ezhou, Jiang'an District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="85" />
            <source>Zoom levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="87" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="95" />
            <source>About %L1 tiles (at most %L2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="109" />
            <source>%L1 of %L2 tiles (%L3 already cached, %L4 failed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="115" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="118" />
            <source>Fetch the area's tiles into the cache; tiles already cached are skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="128" />
            <source>Cancel run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="134" />
            <source>Import MBTiles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="137" />
            <source>Merge the tiles of an existing MBTiles file into the cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="154" />
            <source>Cache: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="155" />
            <source>No tile cache: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="161" />
            <source>Import an MBTiles file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="162" />
            <source>MBTiles files (*.mbtiles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="162" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderList</name>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="22" />
            <source>Active orders only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="59" />
            <source>%1  %2 → %3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="67" />
            <source>incident %1 · </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="68" />
            <source>age %1, last change %2 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="91" />
            <source>No order given yet. Dispatch units from an incident.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlateTrailPanel</name>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="39" />
            <source>Plate trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="39" />
            <source>Plate trail: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="48" />
            <source>Close the plate trail panel (the trail stays on the map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="63" />
            <source>A hot-listed plate from the list, or type one (part of a plate lists the plates read that contain it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="66" />
            <source>Follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="69" />
            <source>Show the plate's reads and where it can go next (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="72" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="79" />
            <source>Stop following the plate and take its trail off the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="85" />
            <source>No hot-listed plate read yet; type a plate to follow it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="112" />
            <source>Drive-time ring follows the plate (10 min ahead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="116" />
            <source>Sets a cordon where the vehicle can be by road, moved at each new read and as time passes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="130" />
            <source>Reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="151" />
            <source>%1. %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="159" />
            <source>It can reach next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="179" />
            <source>%1 · from %2 (%3 min after the read)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordingAddress</name>
        <message>
            <location filename="../../ui/wall/RecordingAddress.cpp" line="26" />
            <source>unknown placeholder {%1} (known: {id}, {start}, {start_unix})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordingAddress.cpp" line="33" />
            <source>not a URL or an absolute path</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewNotes</name>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="96" />
            <location filename="../../app/core/ReviewNotes.cpp" line="114" />
            <source>%1 is not a Watchfloor review file; it was left untouched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="126" />
            <source>review file %1 belongs to another recording; it was left untouched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="184" />
            <source>cannot create the review file %1 beside the journal: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="216" />
            <location filename="../../app/core/ReviewNotes.cpp" line="269" />
            <source>no recording is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="221" />
            <source>a note has at most %1 characters (this one has %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="227" />
            <source>a bookmark must lie within the recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="234" />
            <source>a recording has at most %1 bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="241" />
            <source>cannot save the bookmark in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="273" />
            <location filename="../../app/core/ReviewNotes.cpp" line="283" />
            <source>there is no bookmark %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="291" />
            <source>cannot remove the bookmark in %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShiftStatistics</name>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="55" />
            <source>outside the districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="75" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="211" />
            <source>all incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="234" />
            <source>key site (1 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="236" />
            <source>central urban (3 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="238" />
            <source>other urban (5 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="242" />
            <source>no target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="249" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>within target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="251" />
            <source>late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="253" />
            <source>reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="255" />
            <source>not reached, open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="257" />
            <source>never reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>response class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>target (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="299" />
            <source>district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="288" />
            <source>first on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>first unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>response (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>arrivals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>with a target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>within target (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>median (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>90th percentile (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="295" />
            <source>shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="297" />
            <source>class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="301" />
            <source>unit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShiftStatisticsPanel</name>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="27" />
            <source>no target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="28" />
            <source>%1/%2 (%3 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="32" />
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="87" />
            <source>within target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="87" />
            <source>arrivals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="87" />
            <source>reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="88" />
            <source>median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="88" />
            <source>90th pct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="96" />
            <source>%1 (%2 first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="97" />
            <source>%1/%2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="113" />
            <source>This shift: %n incident(s), %1 reached</source>
            <translation>
                <numerusform>This shift: %n incident(s), %1 reached</numerusform>
                <numerusform>This shift: %n incident(s), %1 reached</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="118" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="121" />
            <source>Save the shift's statistics for a spreadsheet (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="133" />
            <source>No arrivals yet: no incident this shift.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="134" />
            <source>No arrivals yet: %n incident(s) waiting for a first unit on scene.</source>
            <translation>
                <numerusform>No arrivals yet: %n incident(s) waiting for a first unit on scene.</numerusform>
                <numerusform>No arrivals yet: %n incident(s) waiting for a first unit on scene.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="148" />
            <source>Response classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="149" />
            <source>class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="153" />
            <source>Districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="154" />
            <source>district</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="166" />
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="167" />
            <source>unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="176" />
            <source>Response time: from the incident's creation to its first unit on scene, on the world clock. An incident nobody reached counts against its target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="196" />
            <source>Export the shift's statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="199" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="199" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="123" />
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="125" />
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="126" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="138" />
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="139" />
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="140" />
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="141" />
            <source>critical</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineBar</name>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="42" />
            <source>A training run from %1 starts in a window of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="76" />
            <source>PLAYBACK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="84" />
            <source>Recording of a live shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="85" />
            <source>Recording of a training run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="86" />
            <source>Recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="93" />
            <source>Read-only: nothing is sent to any unit or backend. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="115" />
            <source>Previous event (Ctrl+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="122" />
            <source>Pause (Ctrl+Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="122" />
            <source>Play (Ctrl+Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="129" />
            <source>Next event (Ctrl+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="137" />
            <source>Slower (Ctrl+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="153" />
            <source>Faster (Ctrl+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="156" />
            <source>Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="160" />
            <source>Add a bookmark with a note at this moment (B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="163" />
            <source>Bookmarks (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="167" />
            <source>List, go to or remove bookmarks (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="170" />
            <source>Export evidence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="174" />
            <source>Export a range of the recording as an evidence folder with a report and checksums (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="178" />
            <source>Train from here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="182" />
            <source>Start a training run from the world as it stands at this moment: its units, open incidents and cordons, in a window of its own; the recording is not changed (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="248" />
            <source>Bookmark at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="249" />
            <source>Bookmark at %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="284" />
            <source>This journal holds no events yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Status changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Cordon edits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="18" />
            <source>TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="26" />
            <source>Simulated world: orders go to simulated units only and never reach live forces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="33" />
            <source>Road network: generated, not real</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="48" />
            <source>Training run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="56" />
            <source>Waiting for the simulator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="65" />
            <source>Hide briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="65" />
            <source>Show briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="71" />
            <source>The scenario's briefing: what happened and what is asked of you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="98" />
            <source>Simulated time (China Standard Time, UTC+8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="109" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="136" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="136" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="140" />
            <source>Pause or resume the simulated world (Ctrl+Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="147" />
            <source>Real time (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="154" />
            <source>Four times real time (Ctrl+4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="161" />
            <source>Sixteen times real time (Ctrl+6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="169" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="173" />
            <source>While paused: advance the world by one second (Ctrl+.)</source>
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
            <location filename="../../ui/qml/TrainingPanel.qml" line="199" />
            <source>Instructor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="205" />
            <source>Show or hide the instructor panel (Ctrl+Alt+I)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="20" />
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/UnitList.qml" line="21" />
            <source>%n on shift</source>
            <translation>
                <numerusform>%n on shift</numerusform>
                <numerusform>%n on shift</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="48" />
            <source>Click to centre the map on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="72" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="73" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="74" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="74" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="81" />
            <source>%1 km/h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="90" />
            <source>No units on shift yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WallTile</name>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="71" />
            <source>PAUSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="72" />
            <source>LIVE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="71" />
            <source>RECORDED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="72" />
            <source>SIMULATED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="73" />
            <location filename="../../ui/qml/WallTile.qml" line="209" />
            <source>NO RECORDING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="74" />
            <source>STALE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="75" />
            <location filename="../../ui/qml/WallTile.qml" line="211" />
            <source>SIGNAL LOST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="76" />
            <location filename="../../ui/qml/WallTile.qml" line="211" />
            <source>NO SIGNAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="77" />
            <source>CONNECTING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="83" />
            <source>no frame yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="85" />
            <location filename="../../ui/qml/WallTile.qml" line="86" />
            <source>%1 s ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="177" />
            <source>%1 fps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="181" />
            <source>%1 kb/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="184" />
            <source>sub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="184" />
            <source>main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="207" />
            <source>Drop a camera here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="208" />
            <source>No recorded video for this camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="210" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="226" />
            <source>The site's camera file gives it no "playback" address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="232" />
            <source>retrying in %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="294" />
            <source>Mark sighting here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="300" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="300" />
            <source>Maximise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="301" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="301" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="302" />
            <source>Step one frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="303" />
            <source>Snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="304" />
            <source>Unmute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="304" />
            <source>Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="305" />
            <source>Reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="306" />
            <source>Remove from wall</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZoneDialog</name>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="18" />
            <source>Response zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="26" />
            <source>key site, 1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="27" />
            <source>central urban, 3 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="28" />
            <source>urban, 5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="61" />
            <source>Edits are saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="62" />
            <source>Only a supervisor edits the response zones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="69" />
            <source>New zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="76" />
            <source>Name, e.g. Hankou Station square</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="87" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="91" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="124" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="139" />
            <source>Draw a new zone on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="143" />
            <source>Click the corners on the map; Enter finishes, Esc cancels, Ctrl+Z undoes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::BookmarkModel</name>
        <message>
            <location filename="../../ui/playback/BookmarkModel.cpp" line="30" />
            <source>The bookmark was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkModel.cpp" line="40" />
            <source>The bookmark was not removed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CordonDesk</name>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="32" />
            <location filename="../../ui/cordons/CordonDesk.cpp" line="140" />
            <source>Drawn cordon %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="100" />
            <source>Cordon not set: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="130" />
            <source>Cordon moved; its manning plan stays active (plan again for the new crossings)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonDesk.cpp" line="133" />
            <source>%n cordon(s) set</source>
            <translation>
                <numerusform>%n cordon(s) set</numerusform>
                <numerusform>%n cordon(s) set</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="168" />
            <source>Boundaries not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="173" />
            <source>No boundary called "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="179" />
            <source>%1 boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="210" />
            <source>No cordon %1 to lift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="228" />
            <source>Cordon lifted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="235" />
            <source>Cordons not imported: %1 is not a file on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="241" />
            <source>Cordons not imported, none set: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonDesk.cpp" line="250" />
            <source>%n cordon(s) imported from %1</source>
            <translation>
                <numerusform>%n cordon(s) imported from %1</numerusform>
                <numerusform>%n cordon(s) imported from %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="259" />
            <source>No cordon set: nothing to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="264" />
            <source>Cordons not exported: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonDesk.cpp" line="269" />
            <source>%n cordon(s) written to %1</source>
            <translation>
                <numerusform>%n cordon(s) written to %1</numerusform>
                <numerusform>%n cordon(s) written to %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="307" />
            <source>No cordon %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="311" />
            <source>No road graph: crossings need one (--roads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="333" />
            <source>%1: %2 road crossings, %3 checkpoints, %4 cameras; the suspect's earliest arrival %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="338" />
            <source>unknown (no incident)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CordonEditor</name>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="170" />
            <location filename="../../ui/cordons/CordonEditor.cpp" line="323" />
            <source>Draw round the area, holding the mouse button down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="188" />
            <source>Lasso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="199" />
            <source>A cordon can have at most %1 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="209" />
            <source>Add a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="222" />
            <source>Move a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="237" />
            <source>Insert a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="246" />
            <source>Delete a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="325" />
            <source>Click at least three points on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="327" />
            <source>Click the centre, then a point on the rim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="328" />
            <source>Click one corner, then the opposite corner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CordonFile</name>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="56" />
            <source>unknown file type: a cordon file is GeoJSON, KML, a Shapefile or a GeoPackage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="62" />
            <source>the file holds no polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="72" />
            <source>more than %1 polygons; a file sets at most %1 cordons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="80" />
            <source>feature %1: %2 points, more than a cordon's %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CordonPosts</name>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="49" />
            <source>Analyse a cordon with road crossings first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="53" />
            <location filename="../../ui/cordons/CordonPosts.cpp" line="77" />
            <source>This cordon's manning is active: lift it or analyse it again for a new plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="81" />
            <source>Make a manning plan first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="91" />
            <source>%1 is no longer free: make the plan again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonPosts.cpp" line="120" />
            <source>%n unit(s) sent to man the cordon</source>
            <translation>
                <numerusform>%n unit(s) sent to man the cordon</numerusform>
                <numerusform>%n unit(s) sent to man the cordon</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="165" />
            <source>unnamed road</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="207" />
            <source>Manning active: %1% of %2 crossings closed; all closed in about %3 from the orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="212" />
            <source>%1 of %2 crossings manned before the suspect can be there; %3 gap(s) in red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="217" />
            <source> · %1 left out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::CoverageModel</name>
        <message>
            <location filename="../../ui/dispatch/CoverageModel.cpp" line="89" />
            <source>No road graph: coverage cannot be computed</source>
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
            <location filename="../../app/core/Dispatch.cpp" line="85" />
            <source>A trainee cannot act in a live session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="92" />
            <source>Only a supervisor may edit the response zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="100" />
            <location filename="../../app/core/Dispatch.cpp" line="135" />
            <location filename="../../app/core/Dispatch.cpp" line="242" />
            <source>Unknown unit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="102" />
            <location filename="../../app/core/Dispatch.cpp" line="246" />
            <source>%1 is off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="108" />
            <source>%1 already has an order for this incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="109" />
            <source>%1 is committed to order %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="121" />
            <source>A lookout goes out with its plate or description: use the lookout dialog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="125" />
            <source>The order has no valid place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="129" />
            <location filename="../../app/core/Dispatch.cpp" line="151" />
            <location filename="../../app/core/Dispatch.cpp" line="212" />
            <location filename="../../app/core/Dispatch.cpp" line="400" />
            <location filename="../../app/core/Dispatch.cpp" line="469" />
            <source>Unknown incident %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="155" />
            <source>Incident %1 is no longer open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="159" />
            <location filename="../../app/core/Dispatch.cpp" line="228" />
            <source>No unit chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="165" />
            <location filename="../../app/core/Dispatch.cpp" line="237" />
            <source>Unit %1 is chosen twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="192" />
            <source>A lookout needs a plate or a description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="194" />
            <source>A plate has at most %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="196" />
            <source>A lookout's description has at most %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="198" />
            <source>The photo's address has at most %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="207" />
            <source>The photo must be an http(s) link or a file path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="209" />
            <source>The photo's link must not carry a user name or password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="232" />
            <source>A lookout goes to at most %1 units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="266" />
            <source>The lookout's area has no valid centre: pick it on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="271" />
            <source>The lookout's radius must be more than 0 and at most %1 km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="283" />
            <source>No unit on duty within %1 m of that place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="288" />
            <source>%1 units are in that area; a lookout goes to at most %2: make the radius smaller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="354" />
            <source>An incident needs a place: pick it on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="358" />
            <source>An incident needs a type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="362" />
            <source>Unknown priority %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="368" />
            <location filename="../../app/core/Dispatch.cpp" line="420" />
            <location filename="../../app/core/Dispatch.cpp" line="435" />
            <location filename="../../app/core/Dispatch.cpp" line="451" />
            <location filename="../../app/core/Dispatch.cpp" line="467" />
            <source>Unknown alert %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="372" />
            <source>Alert %1 is already attached to incident %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="402" />
            <source>Unknown incident stage %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="407" />
            <source>Only a supervisor may reopen an incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="437" />
            <source>Say why the alert is dismissed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="439" />
            <source>Only a supervisor may dismiss a critical alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="453" />
            <source>Snooze between 1 and 240 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="484" />
            <source>Unknown camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="493" />
            <source>The marked place is not within camera %1's view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="497" />
            <source>A sighting is marked on the picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="500" />
            <source>What was marked has a name of at most %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="503" />
            <source>The picture's time is not the world's</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::EvidenceExportModel</name>
        <message>
            <location filename="../../ui/playback/EvidenceExportModel.cpp" line="45" />
            <source>The map shows no area to export (zoom in so the view lies within the map)</source>
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
        <name>wf::PlateTrail</name>
        <message>
            <location filename="../../ui/cordons/PlateTrail.cpp" line="88" />
            <source>Type a plate of up to %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrail.cpp" line="145" />
            <source>No read of %1 yet: its next read starts the trail</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/PlateTrail.cpp" line="150" />
            <source>%n read(s); no road graph to say where it can go next</source>
            <translation>
                <numerusform>%n read(s); no road graph to say where it can go next</numerusform>
                <numerusform>%n read(s); no road graph to say where it can go next</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/PlateTrail.cpp" line="152" />
            <source>%n read(s); the last checkpoint (%1) is not on the map</source>
            <translation>
                <numerusform>%n read(s); the last checkpoint (%1) is not on the map</numerusform>
                <numerusform>%n read(s); the last checkpoint (%1) is not on the map</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/PlateTrail.cpp" line="163" />
            <source>%n read(s), last at %1 %2</source>
            <translation>
                <numerusform>%n read(s), last at %1 %2</numerusform>
                <numerusform>%n read(s), last at %1 %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrail.cpp" line="166" />
            <source>; no checkpoint within 30 minutes by road</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::RecordingOpener</name>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="23" />
            <source>Choose a recording (a journal file) to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="31" />
            <source>Cannot open the recording: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="53" />
            <source>Cannot start the playback of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="63" />
            <source>Cannot start a training run from %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::RoutePreview</name>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="30" />
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="32" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="33" />
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="58" />
            <source>No unit %1 on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="60" />
            <source>No road graph: routes cannot be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="71" />
            <source>A fixed post does not leave its site that far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="72" />
            <source>No way by road: the unit or the place is more than %1 km from a road it may use, or no road joins them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="87" />
            <source>No road graph: drive-time areas cannot be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="96" />
            <source>No road within %1 km of this place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="112" />
            <source>Nothing is reachable within %1 from this place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="162" />
            <source>%1 km · ETA %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::ShiftStatisticsModel</name>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="121" />
            <source>Districts not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="166" />
            <source>Choose a file to save the statistics in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="168" />
            <source>Statistics are saved to a file on this workstation, not to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="170" />
            <source>%1 is a folder: choose a file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="175" />
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="178" />
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::SuspectFollower</name>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="45" />
            <source>No road graph: drive-time rings need one (--roads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="52" />
            <source>A drive-time ring needs 0 to 600 minutes elapsed, 1 to 120 minutes ahead and a known profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="83" />
            <source>Working out the drive-time ring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="98" />
            <source>Cordon not set: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="104" />
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="174" />
            <source>Drive-time ring %1 + %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="170" />
            <source>The drive-time ring cannot be drawn again: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="230" />
            <source>The plate's ring cannot be drawn: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="237" />
            <source>%1: %2 min since the read + %3 min</source>
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
        <name>wf::ZoneEditor</name>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="39" />
            <source>Draw the zone on the map first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="41" />
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="77" />
            <source>Choose the zone's class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="44" />
            <source>Give the zone a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="55" />
            <source>The zone cannot be added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="75" />
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="92" />
            <source>No such zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="95" />
            <source>A centre keeps at least one response zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="112" />
            <source>The zones cannot be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="116" />
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::cordontext</name>
        <message>
            <location filename="../../ui/cordons/CordonText.cpp" line="11" />
            <source>not reachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/cordons/CordonText.cpp" line="12" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::dispatchtext</name>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="20" />
            <source>pickpocketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="22" />
            <source>theft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="24" />
            <source>traffic accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="26" />
            <source>dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="28" />
            <source>hit and run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="30" />
            <source>robbery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="32" />
            <source>fight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="34" />
            <source>fire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="36" />
            <source>medical emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="38" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="46" />
            <source>sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="48" />
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="50" />
            <source>accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="52" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="111" />
            <source>en route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="54" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="96" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="113" />
            <source>on scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="56" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="58" />
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="60" />
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="62" />
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="70" />
            <source>respond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="72" />
            <source>move to point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="74" />
            <source>man checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="76" />
            <source>hold position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="78" />
            <source>recall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="80" />
            <source>intercept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="82" />
            <source>clear congestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="84" />
            <source>lookout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="92" />
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="94" />
            <source>dispatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="98" />
            <source>resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="100" />
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="109" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="115" />
            <source>off duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="123" />
            <source>stolen vehicle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="125" />
            <source>unpaid fines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="127" />
            <source>wanted driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="129" />
            <source>fake plates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="137" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="140" />
            <source>Hot-list hit: %1 (%2) at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="142" />
            <source>Suspect vehicle %1 (%2, incident %3) seen at %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="144" />
            <source>Suspect %1 intercepted by %2 at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="146" />
            <source>Order %1 to %2: no acknowledgement in %3 s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="81" />
            <source>A point is not a valid longitude and latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="84" />
            <location filename="../../maps/geo/GeoShape.cpp" line="141" />
            <source>A ring needs at least three distinct points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="89" />
            <source>The shape crosses the antimeridian (180° longitude)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="129" />
            <source>A ring touches itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="131" />
            <source>The outline crosses itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="133" />
            <source>A hole lies outside its polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="135" />
            <source>Holes lie inside each other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="137" />
            <source>The holes cut the polygon in two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="139" />
            <source>One polygon lies inside another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="216" />
            <source>not a vector file GDAL can read (GeoJSON, KML, Shapefile, GeoPackage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="221" />
            <source>the file holds no layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="127" />
            <location filename="../../maps/geo/LayerFile.cpp" line="152" />
            <source>unknown coordinate system %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="133" />
            <source>the file does not say its coordinate system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="159" />
            <source>more than %1 features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="166" />
            <source>feature %1 cannot be transformed to WGS-84</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="180" />
            <source>more than %1 vertices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="194" />
            <source>feature %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps::GeoShape</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="251" />
            <source>The shape is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="267" />
            <location filename="../../maps/geo/GeoShape.cpp" line="319" />
            <source>The shape has no area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="335" />
            <source>A circle's radius must be more than 0 and at most 2,000 km</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps::LayerFile</name>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="251" />
            <source>no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="269" />
            <location filename="../../maps/geo/LayerFile.cpp" line="282" />
            <source>%1 MB is larger than the limit of %2 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="295" />
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps::LayerWriter</name>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="103" />
            <source>GDAL has no driver to write %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="116" />
            <source>cannot make the file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="171" />
            <source>cannot write the outlines: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="185" />
            <source>unknown file type "%1": name it .geojson or .kml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="188" />
            <location filename="../../maps/geo/LayerWriter.cpp" line="213" />
            <source>the file exists; it is not overwritten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="190" />
            <source>no such folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="198" />
            <location filename="../../maps/geo/LayerWriter.cpp" line="214" />
            <source>cannot write: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="201" />
            <location filename="../../maps/geo/LayerWriter.cpp" line="203" />
            <source>cannot write: %1; nothing was written</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::maps::ShapeProblem</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="219" />
            <source>%1 at %2° N, %3° E</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall</name>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="48" />
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="51" />
            <source>expected a JSON array of cameras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="56" />
            <source>camera %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="58" />
            <source>%1: expected an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="64" />
            <source>%1: missing "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="69" />
            <source>%1: "%2" must be a non-empty string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="79" />
            <source>%1: "%2" must be a number from %3 to %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="99" />
            <source>%1: "playback": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="102" />
            <source>%1: duplicate id "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="106" />
            <source>%1: "transport" must be "tcp" or "udp"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="109" />
            <source>%1: not a valid URL: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="130" />
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall::CameraRegister</name>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="54" />
            <source>Another Watchfloor is preparing the camera register…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="68" />
            <source>Preparing the province's camera register…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="110" />
            <location filename="../../ui/wall/CameraRegister.cpp" line="128" />
            <source>The camera register could not be prepared: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall::HlsTimeline</name>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="46" />
            <source>the playlist is larger than %1 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="67" />
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="70" />
            <source>not an HLS playlist (it does not start with #EXTM3U)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="75" />
            <source>a master playlist (a list of variants): give the recording's media playlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="82" />
            <source>a segment duration must be a number of seconds from 0 to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="88" />
            <source>a time before 1970</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="90" />
            <source>not a date and time with a zone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="97" />
            <source>a segment without #EXTINF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="99" />
            <source>more than %1 segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="123" />
            <source>not an HLS playlist (it is empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="125" />
            <source>the playlist has no segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="127" />
            <source>the playlist has no EXT-X-PROGRAM-DATE-TIME, so its video cannot be put on the clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="135" />
            <source>segment %1 was filmed before the one before it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wf::wall::RecordedPlayer</name>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="47" />
            <source>No playback clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="71" />
            <source>Paused at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="74" />
            <source>No recording at %1; recorded %2–%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="77" />
            <source>No recording at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="90" />
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="121" />
            <source>Cannot read the recording's playlist: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="97" />
            <source>A recording without {start} must be an HLS playlist (http, https or a file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="117" />
            <source>The recording's playlist is larger than %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="133" />
            <source>The recording's playlist: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="168" />
            <source>Cannot play the recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="172" />
            <source>Unsupported or unreachable recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="247" />
            <source>No picture from the recording within %1 s</source>
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
            <location filename="../../ui/wall/WallPlayer.cpp" line="254" />
            <source>Recorded %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="321" />
            <source>No playback clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="338" />
            <source>Invalid address: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="372" />
            <source>Playback error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="379" />
            <source>The stream ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="381" />
            <source>Unsupported or unreachable stream</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="558" />
            <source>No picture for %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="559" />
            <source>No picture within %1 s of connecting</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
