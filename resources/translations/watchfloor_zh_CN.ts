<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="32" />
            <source>Alert %1 acknowledged</source>
            <translation>警情 %1 已确认</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="39" />
            <source>Alert %1 dismissed: %2</source>
            <translation>警情 %1 已排除：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/AlertQueue.qml" line="46" />
            <source>Alert %1 snoozed for %n minute(s)</source>
            <translation>
                <numerusform>警情 %1 已暂缓 %n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="114" />
            <source>%1 · %2 · waiting %3</source>
            <translation>%1 · %2 · 已等待 %3</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="148" />
            <source>No alert waits. New alarms, hot-list hits and tips appear here, most urgent first.</source>
            <translation>没有待处理警情。新的报警、布控命中和线索会显示在这里，最紧急的在前。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="159" />
            <source>Acknowledge</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="162" />
            <source>A: acknowledge the chosen alert</source>
            <translation>A：确认所选警情</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="165" />
            <source>New incident</source>
            <translation>新建事件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="168" />
            <source>N: make an incident of the chosen alert</source>
            <translation>N：由所选警情新建事件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="171" />
            <source>Dismiss…</source>
            <translation>排除…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="174" />
            <source>D: dismiss the chosen alert, with a reason</source>
            <translation>D：排除所选警情（需说明原因）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="177" />
            <source>Snooze</source>
            <translation>暂缓</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="180" />
            <source>S: snooze the chosen alert for 10 minutes</source>
            <translation>S：所选警情暂缓 10 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="183" />
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="190" />
            <source>W: put the cameras that best see the alert's place on the wall</source>
            <translation>W：将最能看到警情地点的摄像机上墙</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="197" />
            <source>False alarm</source>
            <translation>误报</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="197" />
            <source>false alarm</source>
            <translation>误报</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="198" />
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="198" />
            <source>duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="199" />
            <source>Handled elsewhere</source>
            <translation>已由他处处置</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="199" />
            <source>handled elsewhere</source>
            <translation>已由他处处置</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="200" />
            <source>Test</source>
            <translation>测试</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="200" />
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="204" />
            <source>5 minutes</source>
            <translation>5 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="205" />
            <source>10 minutes</source>
            <translation>10 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="206" />
            <source>30 minutes</source>
            <translation>30 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/AlertQueue.qml" line="207" />
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
    </context>
    <context>
        <name>BackendBanner</name>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="15" />
            <source>Backend %1 · role %2 · namespace %3 · %4</source>
            <translation>后端 %1 · 角色 %2 · 命名空间 %3 · %4</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="29" />
            <source>connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="30" />
            <source>connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="31" />
            <source>disconnected: orders wait in the outbox</source>
            <translation>已断开：指令在发件箱中等待</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="32" />
            <source>refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="33" />
            <source>no connection yet</source>
            <translation>尚未连接</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="44" />
            <source>LIVE</source>
            <translation>实战</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="60" />
            <source>Orders, alerts and cordons go through this broker. Training and live never share a namespace.</source>
            <translation>指令、警报和封控圈经由此消息服务器传递。训练与实战从不共用命名空间。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="66" />
            <source>Outbox: %1</source>
            <translation>发件箱：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/BackendBanner.qml" line="73" />
            <source>Refused messages: %1</source>
            <translation>拒收消息：%1</translation>
        </message>
    </context>
    <context>
        <name>BookmarkDialog</name>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="14" />
            <source>Add bookmark</source>
            <translation>添加书签</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="37" />
            <source>At %1</source>
            <translation>时间 %1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="44" />
            <source>Note (optional), e.g. the caller gave a second address</source>
            <translation>备注（可选），例如：报警人给出了第二个地址</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkDialog.qml" line="48" />
            <source>Saved beside the recording with your name; the recording itself is never changed</source>
            <translation>与您的姓名一起保存在记录旁；记录本身不会被改动</translation>
        </message>
    </context>
    <context>
        <name>BookmarkList</name>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="14" />
            <source>Bookmarks</source>
            <translation>书签</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="29" />
            <source>Kept in %1, beside the recording; the recording itself is never changed.</source>
            <translation>保存在记录旁的 %1 中；记录本身不会被改动。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="46" />
            <source>No bookmarks yet. Press B (or the Bookmark button) at a moment worth coming back to.</source>
            <translation>尚无书签。在值得回看的时刻按 B（或“书签”按钮）。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="73" />
            <source>(no note) — %1</source>
            <translation>（无备注）— %1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="76" />
            <source>Go to</source>
            <translation>转到</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="80" />
            <source>Show the recording at this bookmark</source>
            <translation>显示此书签时刻的记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="83" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkList.qml" line="87" />
            <source>Remove this bookmark (the removal is recorded with your name)</source>
            <translation>删除此书签（删除操作会连同您的姓名一起记录）</translation>
        </message>
    </context>
    <context>
        <name>CameraPicker</name>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="65" />
            <source>Find camera…</source>
            <translation>查找摄像头…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="69" />
            <source>Camera id or name; drag a camera onto a tile or double-click it</source>
            <translation>摄像头编号或名称；将摄像头拖到画面格，或双击</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraPicker.qml" line="119" />
            <source>No camera matches</source>
            <translation>没有匹配的摄像头</translation>
        </message>
    </context>
    <context>
        <name>CameraWall</name>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="50" />
            <source>Sighting not marked: %1</source>
            <translation>未标记发现：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="54" />
            <source>Sighting marked on %1 at %2 (on someone in the picture)</source>
            <translation>已在 %1 标记 %2 的发现（画面中的人或车）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="55" />
            <source>Sighting marked on %1 at %2</source>
            <translation>已在 %1 标记 %2 的发现</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="87" />
            <source>Snapshot saved: %1</source>
            <translation>截图已保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="139" />
            <source>Camera wall</source>
            <translation>视频墙</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/CameraWall.qml" line="147" />
            <source>%n cameras</source>
            <translation>
                <numerusform>%n 路摄像头</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="161" />
            <source>Wall layout</source>
            <translation>视频墙布局</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="164" />
            <source>Stop tour</source>
            <translation>停止轮巡</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="164" />
            <source>Tour</source>
            <translation>轮巡</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="168" />
            <source>Cycle all cameras through the wall every %1 s</source>
            <translation>每 %1 秒轮巡全部摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="172" />
            <source>Mark</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="177" />
            <source>Then click a suspect on a picture: the camera, the time and the place in the picture are recorded (M; Esc cancels)</source>
            <translation>然后在画面上点击嫌疑人：记录摄像头、时间和画面位置（M；Esc 取消）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="180" />
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="187" />
            <source>Shrink</source>
            <translation>收起</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="187" />
            <source>Expand</source>
            <translation>展开</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="190" />
            <source>Give the wall most of the window (F10)</source>
            <translation>让摄像机墙占据窗口大部分 (F10)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="194" />
            <source>Layouts ▾</source>
            <translation>布局 ▾</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="197" />
            <source>Saved layouts, and the wall on a screen of its own</source>
            <translation>已保存的布局，以及在独立屏幕上显示摄像机墙</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="202" />
            <source>No saved layouts yet</source>
            <translation>尚无已保存的布局</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="214" />
            <source>Layout “%1” put on the wall</source>
            <translation>布局“%1”已上墙</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="222" />
            <source>Save this layout as…</source>
            <translation>将此布局另存为…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="227" />
            <source>Delete a saved layout</source>
            <translation>删除已保存的布局</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="242" />
            <source>Bring the wall back into the main window (F9)</source>
            <translation>将摄像机墙收回主窗口 (F9)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="243" />
            <source>Open the wall in its own window (F9)</source>
            <translation>在独立窗口中打开摄像机墙 (F9)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="261" />
            <source>Click the suspect on a picture to mark a sighting (Esc cancels)</source>
            <translation>在画面上点击嫌疑人以标记发现（Esc 取消）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="279" />
            <source>ALARM: %1 — nearest cameras on the red tiles (click to dismiss)</source>
            <translation>报警：%1 — 最近的摄像头显示在红框窗格中（点击关闭）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="339" />
            <source>No cameras known yet</source>
            <translation>暂无摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="361" />
            <source>Save the wall layout</source>
            <translation>保存摄像机墙布局</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="370" />
            <source>Layout saved as “%1”</source>
            <translation>布局已保存为“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="372" />
            <source>Layout not saved: %1</source>
            <translation>布局未保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="377" />
            <source>Name (the layout and the camera on each tile are kept):</source>
            <translation>名称（保存布局及每个画面上的摄像机）：</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="382" />
            <source>e.g. Night shift, Hankou station</source>
            <translation>例如：夜班、汉口站</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="387" />
            <source>A layout of this name exists and will be replaced.</source>
            <translation>已有同名布局，将被替换。</translation>
        </message>
    </context>
    <context>
        <name>CordonEditorVisuals</name>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="138" />
            <source>Draw round the area, holding the mouse button down · Esc: cancel</source>
            <translation>按住鼠标左键圈出区域 · Esc：取消</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="141" />
            <source>Radius %1 km · Enter: done · Esc: cancel</source>
            <translation>半径 %1 公里 · 回车：完成 · Esc：取消</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditorVisuals.qml" line="142" />
            <source>%1 km² · drag a point to move it, right-click to delete, click an edge's dot to insert · Enter: done · Esc: cancel</source>
            <translation>%1 平方公里 · 拖动顶点可移动，右键删除，点击边中点插入 · 回车：完成 · Esc：取消</translation>
        </message>
    </context>
    <context>
        <name>CordonEngine</name>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="111" />
            <source>The cordon has no shape</source>
            <translation>封控圈没有形状</translation>
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="117" />
            <source>No road crosses this ring</source>
            <translation>没有道路穿越此封控圈</translation>
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="132" />
            <location filename="../../app/core/CordonEngine.cpp" line="192" />
            <source>The incident is more than 2 km from a road the suspect can use</source>
            <translation>事发地距嫌疑人可用的道路超过 2 公里</translation>
        </message>
        <message>
            <location filename="../../app/core/CordonEngine.cpp" line="202" />
            <source>No road leads away from the incident</source>
            <translation>没有道路从事发地通出</translation>
        </message>
    </context>
    <context>
        <name>CordonPanel</name>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="36" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="36" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="49" />
            <source>Cordons</source>
            <translation>封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="57" />
            <source>Close the cordon panel</source>
            <translation>关闭封控面板</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="66" />
            <source>Polygon</source>
            <translation>多边形</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="69" />
            <source>Click points on the map; Enter finishes, Esc cancels</source>
            <translation>在地图上点击各点；回车完成，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="72" />
            <source>Circle</source>
            <translation>圆形</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="75" />
            <source>Click the centre, then a point on the rim</source>
            <translation>先点击圆心，再点击圆周上的一点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="78" />
            <source>Rectangle</source>
            <translation>矩形</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="81" />
            <source>Click one corner, then the opposite corner</source>
            <translation>先点击一个角，再点击对角</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="84" />
            <source>Lasso</source>
            <translation>套索</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="87" />
            <source>Draw round the area freehand; it becomes a polygon you can adjust</source>
            <translation>按住鼠标徒手圈出区域；松开后变为可调整的多边形</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="90" />
            <source>Snap</source>
            <translation>吸附</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="95" />
            <source>Points snap to the nearest boundary corner or road within a dozen pixels</source>
            <translation>点会吸附到十几个像素内最近的边界拐点或道路</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="109" />
            <source>A prefecture, district or county, or the province</source>
            <translation>地级市、区县或全省</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="113" />
            <source>Nested</source>
            <translation>嵌套</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="116" />
            <source>Also the city and province rings around it</source>
            <translation>同时设置外围的市界和省界封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="119" />
            <source>Set</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="129" />
            <source>Fled</source>
            <translation>已逃</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="131" />
            <source>min, ring</source>
            <translation>分钟，封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="133" />
            <source>min ahead</source>
            <translation>分钟提前量</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="144" />
            <source>Car</source>
            <translation>汽车</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="144" />
            <source>Evading (village and county roads)</source>
            <translation>规避（乡村和县道）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="153" />
            <source>Drive-time ring</source>
            <translation>车程圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="156" />
            <source>From the newest open incident, or the map's centre</source>
            <translation>从最新的未结警情出发，无警情时从地图中心出发</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="175" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="178" />
            <source>Set each polygon of a GeoJSON, KML, Shapefile or GeoPackage file (at most %1 MB) as a cordon; a file with one bad polygon sets none (Ctrl+Alt+K)</source>
            <translation>将 GeoJSON、KML、Shapefile 或 GeoPackage 文件（最大 %1 MB）中的每个多边形设为封控圈；文件中只要有一个无效多边形，就一个也不设置（Ctrl+Alt+K）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="182" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="186" />
            <source>Write the cordons set to a new GeoJSON or KML file (Ctrl+Alt+X)</source>
            <translation>将已设置的封控圈写入新的 GeoJSON 或 KML 文件（Ctrl+Alt+X）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="218" />
            <source>posts closed</source>
            <translation>卡口已封闭</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="218" />
            <source>manning</source>
            <translation>布控中</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="223" />
            <source>Crossings</source>
            <translation>穿越点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="227" />
            <source>Lift</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="235" />
            <source>No cordon set: draw one, pick a boundary or a drive-time ring, or import a file</source>
            <translation>未设置封控圈：可绘制、选择边界或车程圈，或导入文件</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="355" />
            <source>Import cordons</source>
            <translation>导入封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="357" />
            <source>Vector layers (*.geojson *.json *.kml *.shp *.gpkg)</source>
            <translation>矢量图层 (*.geojson *.json *.kml *.shp *.gpkg)</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="357" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="362" />
            <source>Export cordons</source>
            <translation>导出封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="365" />
            <source>GeoJSON (*.geojson)</source>
            <translation>GeoJSON (*.geojson)</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="365" />
            <source>KML (*.kml)</source>
            <translation>KML (*.kml)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonPanel.qml" line="272" />
            <source>%1. %2 · %3 · %4 · %n camera(s)</source>
            <translation>
                <numerusform>%1. %2 · %3 · %4 · %n 个摄像机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="276" />
            <source>no checkpoint</source>
            <translation>无卡点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="288" />
            <source>Manning plan</source>
            <translation>布控方案</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="291" />
            <source>For each crossing, the free unit that gets there first, against the suspect's earliest arrival</source>
            <translation>为每个交叉口找出最先到达的空闲单位，并与嫌疑人最早到达时间比较</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="295" />
            <source>Activate</source>
            <translation>执行</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="298" />
            <source>Send each ticked unit a man-checkpoint order to its crossing</source>
            <translation>向每个勾选的单位下达前往其交叉口设卡的指令</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="335" />
            <source>nobody within reach</source>
            <translation>无单位可及</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="336" />
            <source>%1 in %2 min</source>
            <translation>%1，%2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="337" />
            <source>suspect: not within reach</source>
            <translation>嫌疑人：不可及</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="338" />
            <source>suspect %1 min</source>
            <translation>嫌疑人 %1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="340" />
            <source> · closed</source>
            <translation> · 已封闭</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="341" />
            <source> · en route</source>
            <translation> · 途中</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="341" />
            <source> · unmanned</source>
            <translation> · 无人值守</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPanel.qml" line="342" />
            <source>%1. %2: %3 · %4</source>
            <translation>%1. %2：%3 · %4</translation>
        </message>
    </context>
    <context>
        <name>DebriefDialog</name>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="32" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="36" />
            <source>Key sites (target 1 min)</source>
            <translation>重点部位（目标 1 分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="37" />
            <source>Central urban (target 3 min)</source>
            <translation>中心城区（目标 3 分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="38" />
            <source>Other urban (target 5 min)</source>
            <translation>其他城区（目标 5 分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="40" />
            <source>Rural (no target)</source>
            <translation>农村（无时限）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="45" />
            <source>no suspect was in this camera's view then</source>
            <translation>当时该摄像头画面中没有嫌疑人</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="46" />
            <source>what was marked is not a suspect</source>
            <translation>所标记的不是嫌疑人</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="47" />
            <source>a police unit was marked</source>
            <translation>标记的是警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="48" />
            <source>a passer-by in the crowd was marked, not a suspect</source>
            <translation>标记的是人群中的路人，不是嫌疑人</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="49" />
            <source>the pickpocket of an everyday incident was marked, not one of the exercise's suspects</source>
            <translation>标记的是日常警情中的扒手，不是本次演练的嫌疑人</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="50" />
            <source>no such camera</source>
            <translation>没有该摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="87" />
            <source>Debrief — %1</source>
            <translation>讲评 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="96" />
            <source>Score %1 of %2 (%3 %)</source>
            <translation>得分 %1 / %2（%3%）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="117" />
            <source>Ended by the instructor after %1 min.</source>
            <translation>教官在第 %1 分钟结束训练。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="118" />
            <source>Ended at its end time, after %1 min.</source>
            <translation>到达结束时间，共 %1 分钟。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="123" />
            <source>Response times</source>
            <translation>到场时间</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="126" />
            <source>No incidents were reported.</source>
            <translation>没有警情。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="132" />
            <source>%1: %2 incidents, %3 reached, %4 within target; median %5, 90th percentile %6</source>
            <translation>%1：警情 %2 起，到场 %3 起，达标 %4 起；中位数 %5，90 分位 %6</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="139" />
            <source>Suspects</source>
            <translation>嫌疑目标</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="142" />
            <source>This scenario has no fleeing suspect.</source>
            <translation>本想定没有逃逸的嫌疑目标。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="149" />
            <source>%1 (%2): intercepted at %3 by %4, %5 min into the run</source>
            <translation>%1（%2）：训练第 %5 分钟由 %4 在 %3 拦截</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="152" />
            <source>%1 (%2): not intercepted; %3 km from where it started, %4 plate reads</source>
            <translation>%1（%2）：未拦截；距出发地 %3 公里，卡口识别 %4 次</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="159" />
            <source>Cordons</source>
            <translation>封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="162" />
            <source>No cordons were set.</source>
            <translation>未设置封控圈。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="170" />
            <source>%1 (set at %2 min, %3 road crossings)</source>
            <translation>%1（第 %2 分钟设置，%3 个道路路口）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="172" />
            <source>%1: %2 caught inside it</source>
            <translation>%1：%2 在圈内被拦截</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="173" />
            <source>%1: no suspect came to it</source>
            <translation>%1：没有嫌疑人到达</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="175" />
            <source>%1: %2 came to %3 at %4 min and it was held (%5% of the ring held)</source>
            <translation>%1：%2 于第 %4 分钟驶到 %3，该路口已有警力把守（全圈 %5% 路口有人把守）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="177" />
            <source>%1: %2 came to %3 at %4 min and nobody held it (%5% of the ring held)</source>
            <translation>%1：%2 于第 %4 分钟驶到 %3，该路口无人把守（全圈 %5% 路口有人把守）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="188" />
            <source>%1: %2 checkpoints, closed %3 after it was set</source>
            <translation>%1：%2 个卡点，设置后 %3 完成封闭</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="190" />
            <source>%1: %2 checkpoints, never closed</source>
            <translation>%1：%2 个卡点，未完成封闭</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="194" />
            <source>Sightings on camera</source>
            <translation>监控画面中的发现</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="198" />
            <source>No sighting was marked; the suspects were in a camera's view %1 times.</source>
            <translation>未标记任何发现；嫌疑人共 %1 次出现在摄像头画面中。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="199" />
            <source>%1 marked: %2 real, %3 false; %4 of %5 chances on camera missed</source>
            <translation>标记 %1 次：属实 %2 次，误报 %3 次；%5 次画面机会中错过 %4 次</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="208" />
            <source>Real: %1 at %2 (%3)</source>
            <translation>属实：%1，%2（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="209" />
            <source>False: %1 at %2 (%3)</source>
            <translation>误报：%1，%2（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="226" />
            <source>… and %1 more</source>
            <translation>……另有 %1 条</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="230" />
            <source>Orders</source>
            <translation>指令</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="233" />
            <source>%1 issued, %2 acknowledged, %3 on scene, %4 completed, %5 refused, %6 unanswered</source>
            <translation>下达 %1，签收 %2，到场 %3，完成 %4，拒绝 %5，未应答 %6</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="239" />
            <source>Objectives</source>
            <translation>考核目标</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="246" />
            <source>%1 — %2 of %3 points</source>
            <translation>%1 — %2 / %3 分</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="254" />
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="255" />
            <source>Not saved to a file</source>
            <translation>未保存到文件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DebriefDialog.qml" line="265" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>DispatchPanel</name>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="107" />
            <source>Alerts (%1)</source>
            <translation>警情（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="113" />
            <source>Incidents (%1)</source>
            <translation>事件（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="114" />
            <source>Orders</source>
            <translation>指令</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="115" />
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="116" />
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="119" />
            <source>Muted</source>
            <translation>已静音</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="119" />
            <source>Sound on</source>
            <translation>提示音开</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="122" />
            <source>The chime for urgent alerts is off (Ctrl+Shift+M turns it on)</source>
            <translation>紧急警情提示音已关闭（Ctrl+Shift+M 打开）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/DispatchPanel.qml" line="123" />
            <source>A chime sounds for each new urgent alert (Ctrl+Shift+M mutes it)</source>
            <translation>每条新的紧急警情都会响提示音（Ctrl+Shift+M 静音）</translation>
        </message>
    </context>
    <context>
        <name>EventList</name>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="20" />
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="21" />
            <source>%L1 position fixes · %L2 plate reads</source>
            <translation>%L1 条定位 · %L2 次过车识别</translation>
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="56" />
            <source>Nothing has happened yet</source>
            <translation>暂无事件</translation>
        </message>
    </context>
    <context>
        <name>EventLog</name>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="17" />
            <source>Unit %1 on shift</source>
            <translation>警力 %1 上岗</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="21" />
            <source>Unit %1 position</source>
            <translation>警力 %1 位置</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="25" />
            <source>Unit %1 is %2</source>
            <translation>警力 %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="29" />
            <source>Camera %1 online</source>
            <translation>摄像头 %1 上线</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="33" />
            <source>Site %1 registered</source>
            <translation>站点 %1 已登记</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="37" />
            <source>Incident %1: %2</source>
            <translation>警情 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="42" />
            <source>Incident %1 closed</source>
            <translation>警情 %1 已结案</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="47" />
            <source>Congestion %1 cleared</source>
            <translation>拥堵 %1 已疏通</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="48" />
            <source>Congestion %1 reported</source>
            <translation>拥堵 %1 上报</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="52" />
            <source>Order %1 to %2: %3</source>
            <translation>指令 %1 下达给 %2：%3</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="58" />
            <source>Order %1 %2</source>
            <translation>指令 %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="65" />
            <source>Cordon %1 set</source>
            <translation>封控圈 %1 已设置</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="69" />
            <source>Cordon %1 lifted</source>
            <translation>封控圈 %1 已解除</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/EventLogModel.cpp" line="73" />
            <source>Cordon %1 manning activated: %n order(s)</source>
            <translation>
                <numerusform>封控圈 %1 已启动布控：%n 条指令</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="79" />
            <source>Cordon %1 closed: a unit on every post</source>
            <translation>封控圈 %1 已封闭：每个卡口均有警力到位</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="84" />
            <source>ALERT %1</source>
            <translation>警情 %1</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="88" />
            <source>Alert %1 acknowledged</source>
            <translation>警情 %1 已确认</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="92" />
            <source>Operator %1: %2</source>
            <translation>操作员 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="96" />
            <source>Training scenario %1 started</source>
            <translation>训练想定 %1 开始</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="102" />
            <source>Instructor injected: %1</source>
            <translation>教官注入：%1</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="105" />
            <source>Instructor moved suspect %1</source>
            <translation>教官移动嫌疑目标 %1</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="107" />
            <source>Instructor failed the radio of %1</source>
            <translation>教官使 %1 电台失联</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="110" />
            <source>Instructor restored the radio of %1</source>
            <translation>教官恢复 %1 电台</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="113" />
            <source>Instructor ended the run</source>
            <translation>教官结束本次训练</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="119" />
            <source>Training run %1 over: debrief ready</source>
            <translation>训练 %1 结束：讲评已生成</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="124" />
            <source>Hot-listed plate %1 read at %2 (%3)</source>
            <translation>布控车牌 %1 在 %2 被识别（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="129" />
            <source>Incident %1 %2</source>
            <translation>事件 %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="134" />
            <source>Alert %1 dismissed: %2</source>
            <translation>警情 %1 已排除：%2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="138" />
            <source>Alert %1 snoozed</source>
            <translation>警情 %1 已暂缓</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="142" />
            <source>Alert %1 attached to incident %2</source>
            <translation>警情 %1 已关联到事件 %2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="148" />
            <source>Backend %1: %2</source>
            <translation>后端 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="149" />
            <source>Backend %1: %2 (%3)</source>
            <translation>后端 %1：%2（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="153" />
            <source>Sighting marked on camera %1</source>
            <translation>在摄像头 %1 上标记发现</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="27" />
            <source>Export evidence</source>
            <translation>导出证据</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="66" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="74" />
            <location filename="../../ui/playback/EvidenceDialog.qml" line="93" />
            <source>Playback position</source>
            <translation>回放位置</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="83" />
            <source>Start the range where playback stands</source>
            <translation>以当前回放位置作为范围起点</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="85" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="102" />
            <source>End the range where playback stands</source>
            <translation>以当前回放位置作为范围终点</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="106" />
            <source>Whole recording</source>
            <translation>整段记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="115" />
            <source>Only the area shown on the map</source>
            <translation>仅限地图上显示的区域</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="120" />
            <source>Only the units, incidents, alerts, cameras and checkpoints that were in the map's view at some moment of the range, with their whole tracks and orders; operators' actions and cordons always go in</source>
            <translation>仅导出该时段内某一时刻位于地图视图中的单位、事件、警报、摄像头和卡口，连同其完整轨迹和指令；操作员操作和封控圈始终导出</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="128" />
            <source>A new or empty folder</source>
            <translation>新的或空的文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="131" />
            <source>The evidence goes into this folder, which must be new or empty</source>
            <translation>证据写入此文件夹，该文件夹必须是新的或空的</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="134" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="152" />
            <source>Exporting… %1%</source>
            <translation>正在导出… %1%</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="154" />
            <source>Saved %1 events and a report of %2 pages in %3</source>
            <translation>已在 %3 中保存 %1 条事件和 %2 页报告</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="156" />
            <source>Cancelled; nothing was written.</source>
            <translation>已取消；未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="162" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="167" />
            <source>Write the journal's slice, the events as CSV, a PDF report and their SHA-256 manifest</source>
            <translation>写入日志片段、事件 CSV、PDF 报告及其 SHA-256 清单</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="170" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="170" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="174" />
            <source>Stop the export; nothing is left behind (Esc)</source>
            <translation>停止导出；不留下任何文件（Esc）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="174" />
            <source>Close (Esc)</source>
            <translation>关闭（Esc）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceDialog.qml" line="181" />
            <source>Folder to put the evidence folder in</source>
            <translation>存放证据文件夹的位置</translation>
        </message>
    </context>
    <context>
        <name>EvidenceExport</name>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="109" />
            <source>the export was cancelled; nothing was written</source>
            <translation>导出已取消；未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="123" />
            <source>no output folder was given</source>
            <translation>未指定输出文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="126" />
            <source>%1 exists and is not a folder</source>
            <translation>%1 已存在且不是文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="130" />
            <source>the output folder %1 is not empty; evidence goes into a new or empty folder (nothing was written)</source>
            <translation>输出文件夹 %1 不是空的；证据只写入新的或空的文件夹（未写入任何内容）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="137" />
            <source>the folder %1 does not exist</source>
            <translation>文件夹 %1 不存在</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="141" />
            <source>the range ends before it starts</source>
            <translation>范围的终点早于起点</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="147" />
            <source>journal %1 holds no events</source>
            <translation>日志 %1 中没有事件</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="152" />
            <source>the range %1 to %2 is outside the journal, which runs from %3 to %4</source>
            <translation>范围 %1 至 %2 超出日志，日志时间为 %3 至 %4</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="158" />
            <source>the range holds about %1 events, more than %2 in one export; export a shorter range</source>
            <translation>该范围约有 %1 条事件，超过单次导出上限 %2；请导出更短的范围</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="167" />
            <source>cannot write in %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="172" />
            <source>the export failed and nothing was written: %1</source>
            <translation>导出失败，未写入任何内容：%1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="237" />
            <source>seq</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="238" />
            <source>received (%1)</source>
            <translation>接收时间（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="239" />
            <source>received (ms since 1970 UTC)</source>
            <translation>接收时间（1970 UTC 起毫秒）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="240" />
            <source>source time (%1)</source>
            <translation>源时间（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="241" />
            <source>source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="242" />
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="243" />
            <source>about</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="244" />
            <source>description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="337" />
            <source>(no note) — %1</source>
            <translation>（无备注）— %1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="338" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="356" />
            <source>incident %1 (%2) reported</source>
            <translation>警情 %1（%2）报警</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="412" />
            <source>cannot replace the empty folder %1</source>
            <translation>无法替换空文件夹 %1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceExport.cpp" line="415" />
            <source>cannot rename %1 to %2</source>
            <translation>无法将 %1 重命名为 %2</translation>
        </message>
    </context>
    <context>
        <name>EvidenceReport</name>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="131" />
            <location filename="../../ui/playback/EvidenceReport.cpp" line="159" />
            <source>Evidence report</source>
            <translation>证据报告</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="157" />
            <source>Watchfloor evidence report, %1 to %2 (%3), page</source>
            <translation>Watchfloor 证据报告，%1 至 %2（%3），页</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="161" />
            <source>Journal: %1</source>
            <translation>日志：%1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="162" />
            <source>SHA-256 of the journal: %1</source>
            <translation>日志的 SHA-256：%1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="164" />
            <source>Recording of a live shift</source>
            <translation>实战值班记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="165" />
            <source>Recording of a training run</source>
            <translation>训练记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="166" />
            <source>Recording</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="167" />
            <source>From %1 to %2 (%3)</source>
            <translation>从 %1 到 %2（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="169" />
            <source>Only what was in the area %1 at some moment of the range</source>
            <translation>仅含该时段内曾在区域 %1 中的内容</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="170" />
            <source>Events in the range: %1</source>
            <translation>范围内事件数：%1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="171" />
            <source>Exported %1 by %2</source>
            <translation>%1 由 %2 导出</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="173" />
            <source>The folder's manifest.sha256 holds the SHA-256 of every file; check it with watchfloor --verify-export FOLDER or sha256sum -c manifest.sha256.</source>
            <translation>文件夹中的 manifest.sha256 记录了每个文件的 SHA-256；可用 watchfloor --verify-export 文件夹 或 sha256sum -c manifest.sha256 校验。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="177" />
            <source>Bookmarks</source>
            <translation>书签</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="180" />
            <source>No bookmarks in this range.</source>
            <translation>此范围内没有书签。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="187" />
            <source>Orders</source>
            <translation>指令</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="193" />
            <source>No orders were issued in this range.</source>
            <translation>此范围内没有下达指令。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Order</source>
            <translation>指令</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Incident</source>
            <translation>警情</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Issued</source>
            <translation>下达</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="196" />
            <source>Acknowledged (s)</source>
            <translation>确认（秒）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="197" />
            <source>On scene (s)</source>
            <translation>到场（秒）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="197" />
            <source>Last state</source>
            <translation>最后状态</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="206" />
            <source>Acknowledged and on scene: seconds from the order to the unit's answer, as received.</source>
            <translation>确认与到场：从下达指令到收到单元回复的秒数。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="212" />
            <source>The map at each incident's report</source>
            <translation>各警情报警时的地图</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="215" />
            <source>Units: green available, orange en route, red on scene, grey off duty; red squares: open incidents; red outlines: cordons set; the ring: the incident's place.</source>
            <translation>警力：绿色空闲，橙色在途，红色到场，灰色下班；红色方块：未结警情；红色轮廓：已设封控圈；圆圈：警情位置。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="225" />
            <source>… and %1 more incidents without a map: see the timeline.</source>
            <translation>……另有 %1 起警情未附地图：见时间线。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="229" />
            <source>Timeline of key events</source>
            <translation>关键事件时间线</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="233" />
            <source>No alerts, incidents, orders or cordon edits in this range.</source>
            <translation>此范围内没有告警、警情、指令或封控圈编辑。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/EvidenceReport.cpp" line="237" />
            <source>… and %1 more key events: see events.csv.</source>
            <translation>…… 另有 %1 条关键事件：见 events.csv。</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanel</name>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="58" />
            <source>Coverage left behind: computing…</source>
            <translation>派出后的剩余覆盖：计算中…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="60" />
            <source>key sites 1 min</source>
            <translation>重点部位 1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="61" />
            <source>central 3 min</source>
            <translation>中心城区 3 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="62" />
            <source>urban 5 min</source>
            <translation>其他城区 5 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="67" />
            <source>%1 %2% → %3%</source>
            <translation>%1 %2% → %3%</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="69" />
            <source>Coverage left behind: %1</source>
            <translation>派出后的剩余覆盖：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/IncidentPanel.qml" line="80" />
            <source>%n unit(s) dispatched to %1</source>
            <translation>
                <numerusform>已向 %1 派遣 %n 个单位</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="173" />
            <source>No open incident. Ctrl+N or a right-click on the map makes one.</source>
            <translation>没有处理中的事件。按 Ctrl+N 或在地图上右键新建。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="192" />
            <source>key site</source>
            <translation>重点部位</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="193" />
            <source>central urban</source>
            <translation>中心城区</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="194" />
            <source>urban</source>
            <translation>城区</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="194" />
            <source>outside the response zones</source>
            <translation>响应区域以外</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="195" />
            <source>%1: target %2 min · %3 of %4 available units make it</source>
            <translation>%1：目标 %2 分钟 · %4 个可用单位中 %3 个能按时到达</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="197" />
            <source>%1: no response target · %2 available units within 30 min</source>
            <translation>%1：无响应目标 · 30 分钟内可到达的可用单位 %2 个</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="243" />
            <source>ETA %1</source>
            <translation>预计 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="251" />
            <source>makes it (%1 spare)</source>
            <translation>能按时到达（余 %1）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="252" />
            <source>misses by %1</source>
            <translation>超时 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/IncidentPanel.qml" line="271" />
            <source>Dispatch %n unit(s)</source>
            <translation>
                <numerusform>派遣 %n 个单位</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="275" />
            <source>Ctrl+Enter: send the chosen units to this incident</source>
            <translation>Ctrl+Enter：派遣所选单位前往本事件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="278" />
            <source>Call support</source>
            <translation>呼叫支援</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="282" />
            <source>Ctrl+Shift+Enter: send the two fastest available units</source>
            <translation>Ctrl+Shift+Enter：派遣最快的两个可用单位</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="285" />
            <source>Lookout…</source>
            <translation>协查通报…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="289" />
            <source>Ctrl+L: broadcast a plate or description to the units around the incident or to the ticked units</source>
            <translation>Ctrl+L：向警情周边或勾选的警力发布车牌号或特征描述</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="293" />
            <source>Resolve</source>
            <translation>已处置</translation>
        </message>
        <message>
            <location filename="../../ui/qml/IncidentPanel.qml" line="300" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>InstructorPanel</name>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="39" />
            <source>Refused: %1</source>
            <translation>被拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="57" />
            <source>INSTRUCTOR — not for the trainee</source>
            <translation>教官 — 学员勿看</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="68" />
            <source>Hide the instructor panel (Ctrl+Alt+I)</source>
            <translation>隐藏教官面板（Ctrl+Alt+I）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="79" />
            <source>Spot picked on the map: %1, %2</source>
            <translation>地图选定位置：%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="79" />
            <source>Spot: map centre %1, %2</source>
            <translation>位置：地图中心 %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="86" />
            <source>Pick</source>
            <translation>选点</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="91" />
            <source>Click the map to choose the spot; or search a place and use the map centre</source>
            <translation>点击地图选择位置；或搜索地名后使用地图中心</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="107" />
            <source>Pickpocketing</source>
            <translation>扒窃</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="108" />
            <source>Theft</source>
            <translation>盗窃</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="109" />
            <source>Traffic accident</source>
            <translation>交通事故</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="110" />
            <source>Dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="119" />
            <source>Critical</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="122" />
            <source>Inject</source>
            <translation>注入</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="126" />
            <source>Incident injected at the spot</source>
            <translation>已在该位置注入警情</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="129" />
            <source>Report an incident of this type at the spot</source>
            <translation>在该位置报告此类警情</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="143" />
            <source>No suspects in this scenario</source>
            <translation>本想定无嫌疑目标</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="160" />
            <source>Move here</source>
            <translation>移到此处</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="165" />
            <source>Suspect %1 moved to the spot</source>
            <translation>嫌疑目标 %1 已移到该位置</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="168" />
            <source>The suspect continues its flight from the spot</source>
            <translation>嫌疑目标从该位置继续逃窜</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="200" />
            <source>Fail radio</source>
            <translation>电台失联</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="204" />
            <source>Radio of %1 failed</source>
            <translation>%1 电台已失联</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="207" />
            <source>The unit stops reporting and does not answer orders</source>
            <translation>该警力停止上报位置、不响应指令</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="210" />
            <source>Restore radio</source>
            <translation>恢复电台</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="214" />
            <source>Radio of %1 restored</source>
            <translation>%1 电台已恢复</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="223" />
            <source>Suspects on camera</source>
            <translation>摄像头画面中的嫌疑人</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="244" />
            <source>%1 on %2 at %3</source>
            <translation>%1 于 %3 出现在 %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="245" />
            <source>%1 on %2 %3–%4</source>
            <translation>%1 于 %3–%4 出现在 %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="247" />
            <source> · marked</source>
            <translation> · 已标记</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="253" />
            <source>No camera has had a suspect in view yet.</source>
            <translation>尚无摄像头拍到嫌疑人。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="275" />
            <source>Click again to end the run and score it</source>
            <translation>再次点击以结束训练并评分</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="275" />
            <source>End run</source>
            <translation>结束训练</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="283" />
            <source>Run ended</source>
            <translation>本次训练已结束</translation>
        </message>
        <message>
            <location filename="../../ui/qml/InstructorPanel.qml" line="287" />
            <source>Stop the run now and show the debrief</source>
            <translation>立即结束训练并显示讲评</translation>
        </message>
    </context>
    <context>
        <name>LayerFile</name>
        <message>
            <location filename="../../maps/geo/BoundaryCatalog.cpp" line="33" />
            <source>cannot be read</source>
            <translation>无法读取</translation>
        </message>
    </context>
    <context>
        <name>LookoutDialog</name>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="29" />
            <source>Lookout for incident %1</source>
            <translation>警情 %1 协查通报</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="29" />
            <source>Lookout</source>
            <translation>协查通报</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/LookoutDialog.qml" line="69" />
            <source>Lookout sent to %n unit(s)</source>
            <translation>
                <numerusform>协查通报已发给 %n 个警力</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="75" />
            <source>Plate</source>
            <translation>车牌号</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="80" />
            <source>e.g. 鄂A12345</source>
            <translation>例如 鄂A12345</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="82" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="88" />
            <source>Vehicle, colour, people, direction of travel</source>
            <translation>车辆、颜色、人员特征、行进方向</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="93" />
            <source>Photo (optional)</source>
            <translation>照片（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="100" />
            <source>http(s) link or file path</source>
            <translation>http(s) 链接或文件路径</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="103" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="107" />
            <source>Send to</source>
            <translation>发送给</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="110" />
            <source>Every unit on duty within</source>
            <translation>范围内全部在岗警力：半径</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="124" />
            <source>m of</source>
            <translation>米，中心</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="128" />
            <source>latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="134" />
            <source>longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="138" />
            <source>Pick on map</source>
            <translation>在地图上选择</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/LookoutDialog.qml" line="147" />
            <source>The %n unit(s) chosen in the incident panel</source>
            <translation>
                <numerusform>警情面板中勾选的 %n 个警力</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="162" />
            <source>Choose a photo</source>
            <translation>选择照片</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="163" />
            <source>Images (*.jpg *.jpeg *.png *.webp)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/LookoutDialog.qml" line="163" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/qml/Main.qml" line="85" />
            <source>Watchfloor — TRAINING</source>
            <translation>Watchfloor 指挥席 — 训练模式</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="85" />
            <source>Watchfloor — LIVE</source>
            <translation>Watchfloor — 实战</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="112" />
            <source>Order %1 sent to %2</source>
            <translation>指令 %1 已发送给 %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="170" />
            <source>Watchfloor — camera wall</source>
            <translation>Watchfloor — 摄像机墙</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="170" />
            <source>Watchfloor — camera wall — TRAINING</source>
            <translation>Watchfloor — 摄像机墙 — 训练模式</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="85" />
            <source>Watchfloor — PLAYBACK</source>
            <translation>Watchfloor — 回放</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="96" />
            <source>Playback shows a recording: nothing can be changed</source>
            <translation>回放显示的是记录：不能修改任何内容</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="104" />
            <source>Playback shows a recording: no order is sent</source>
            <translation>回放显示的是记录：不会下达任何指令</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="108" />
            <source>Select a unit on the map first</source>
            <translation>请先在地图上选择一个单位</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="120" />
            <source>Open recording</source>
            <translation>打开记录</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="121" />
            <source>Journals (*.sqlite *.db)</source>
            <translation>日志 (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="121" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="126" />
            <source>The recording opens in a PLAYBACK window of its own</source>
            <translation>记录将在单独的回放窗口中打开</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="248" />
            <source>Open recording…</source>
            <translation>打开记录…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="253" />
            <source>Review a recorded journal in a PLAYBACK window of its own; this shift goes on (Ctrl+O)</source>
            <translation>在单独的回放窗口中审阅已记录的日志；本班次继续运行（Ctrl+O）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="259" />
            <source>Right-click the map for a new incident there; Shift+click shows the cameras that see a place</source>
            <translation>在地图上右键可在该处新建事件；Shift+单击显示能看到该处的摄像机</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="266" />
            <source>Open incidents: %1</source>
            <translation>未结警情：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="272" />
            <source>Orders: %1</source>
            <translation>指令：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="278" />
            <source>Rejected events: %1</source>
            <translation>被拒事件：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="287" />
            <source>Journal: %1 events lost, not saved (%2)</source>
            <translation>日志：%1 条事件丢失，未保存（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="289" />
            <source>Journal not saving (%1); %2 events waiting</source>
            <translation>日志无法保存（%1）；%2 条事件等待写入</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="290" />
            <source>Journal errors: %1</source>
            <translation>日志错误：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="291" />
            <source>Journal: %1</source>
            <translation>日志：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="341" />
            <source>Click the map to choose the instructor's spot (Esc: use the map centre)</source>
            <translation>点击地图选择教官位置（Esc：使用地图中心）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="385" />
            <source>New incident here…</source>
            <translation>在此新建事件…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="389" />
            <source>Move the selected unit here</source>
            <translation>将所选单位调往此处</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="425" />
            <source>Instructor's spot: %1, %2</source>
            <translation>教官位置：%1, %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/Main.qml" line="442" />
            <location filename="../../ui/qml/Main.qml" line="501" />
            <source>%n camera(s) near the place put on the wall</source>
            <translation>
                <numerusform>已将该地点附近的 %n 路摄像头上墙</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="462" />
            <source>The camera wall is in its own window (F9 brings it back)</source>
            <translation>摄像机墙在独立窗口中（按 F9 收回）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="513" />
            <source>Incident %1 created: choose the units to send</source>
            <translation>事件 %1 已创建：请选择要派遣的单位</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="518" />
            <source>Click the map to place the incident</source>
            <translation>请在地图上单击确定事件地点</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="528" />
            <source>Click the map at the centre of the lookout's area</source>
            <translation>在地图上点击协查区域的中心</translation>
        </message>
    </context>
    <context>
        <name>MapDetails</name>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="32" />
            <source>Patrol unit</source>
            <translation>巡逻警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="33" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="34" />
            <source>Checkpoint / station</source>
            <translation>检查站 / 派出所</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="35" />
            <source>Incident</source>
            <translation>警情</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="36" />
            <source>Congestion</source>
            <translation>拥堵</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="42" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="43" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="44" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="46" />
            <source>off duty</source>
            <translation>下岗</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="82" />
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="89" />
            <source>Last fix %1 s ago (stale)</source>
            <translation>最后定位 %1 秒前（已过期）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="90" />
            <source>Last fix %1 s ago</source>
            <translation>最后定位 %1 秒前</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="97" />
            <source>Heading %1°</source>
            <translation>航向 %1°</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="110" />
            <source>Centre</source>
            <translation>居中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="116" />
            <source>Stop following</source>
            <translation>停止跟随</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="116" />
            <source>Follow</source>
            <translation>跟随</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="124" />
            <source>Route to…</source>
            <translation>路线至…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="128" />
            <source>Click a place on the map to see this unit's road route there and its ETA (Ctrl+Alt+R)</source>
            <translation>在地图上点击一个地点，查看此单位前往该处的道路路线和预计到达时间（Ctrl+Alt+R）</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message numerus="yes">
            <location filename="../../ui/qml/MapLegend.qml" line="33" />
            <source>%1: %2% in time, %n zone(s) with a gap</source>
            <translation>
                <numerusform>%1：%2% 可按时到达，%n 个区域有空白</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="34" />
            <source>%1: %2% in time</source>
            <translation>%1：%2% 可按时到达</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="62" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="63" />
            <source>Patrol units</source>
            <translation>巡逻警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="68" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="70" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="76" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="78" />
            <source>off duty / stale</source>
            <translation>下岗 / 定位过期</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="80" />
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="84" />
            <source>register: %1 cameras, shown from zoom %2</source>
            <translation>台账：%1 个摄像头，缩放级别 %2 起显示</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="88" />
            <source>Checkpoints and stations</source>
            <translation>检查站和派出所</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="93" />
            <source>checkpoint</source>
            <translation>检查站</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="95" />
            <source>station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="97" />
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="98" />
            <source>Congestion</source>
            <translation>拥堵</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="99" />
            <source>Response zones (F7)</source>
            <translation>响应区域（F7）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="105" />
            <location filename="../../ui/qml/MapLegend.qml" line="134" />
            <source>1 min</source>
            <translation>1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="107" />
            <location filename="../../ui/qml/MapLegend.qml" line="136" />
            <source>3 min</source>
            <translation>3 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="109" />
            <location filename="../../ui/qml/MapLegend.qml" line="138" />
            <source>5 min</source>
            <translation>5 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="111" />
            <source>List…</source>
            <translation>列表…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="117" />
            <source>The zones one by one; a supervisor edits them here</source>
            <translation>逐个查看区域；值班长可在此编辑</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="124" />
            <source>Coverage (F8)</source>
            <translation>覆盖范围 (F8)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="127" />
            <source>Where a free unit can be within 1, 3 and 5 minutes by road now, and the parts of the response zones nobody reaches in time (red)</source>
            <translation>当前空闲警力经道路 1、3、5 分钟内可到达的范围，以及无人能按时到达的响应区域部分（红色）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="140" />
            <source>gap</source>
            <translation>空白</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="143" />
            <source>Key sites, 1 min</source>
            <translation>重点部位，1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="144" />
            <source>Central, 3 min</source>
            <translation>中心城区，3 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="145" />
            <source>Urban, 5 min</source>
            <translation>其他城区，5 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="151" />
            <source>computing…</source>
            <translation>计算中…</translation>
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="357" />
            <source>from %1</source>
            <translation>最早 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="428" />
            <source>seen %1 · %2</source>
            <translation>%1 发现 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="734" />
            <source>%L1 on scene</source>
            <translation>%L1 个到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="735" />
            <source>%L1 en route</source>
            <translation>%L1 个途中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="736" />
            <source>%L1 available</source>
            <translation>%L1 个空闲</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="737" />
            <source>%L1 off duty</source>
            <translation>%L1 个下岗</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="738" />
            <source>%L1 units: %2 (click to zoom in)</source>
            <translation>%L1 个单位：%2（点击放大）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="741" />
            <source>stale position</source>
            <translation>定位过期</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="743" />
            <source>Unit %1</source>
            <translation>警力 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="744" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="744" />
            <source>Camera %1</source>
            <translation>摄像头 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="746" />
            <source>Incident: %1</source>
            <translation>警情：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="747" />
            <source>Congestion: %1</source>
            <translation>拥堵：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="809" />
            <source>Click where %1 should go (Esc cancels)</source>
            <translation>点击 %1 要前往的地点（Esc 取消）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="811" />
            <source>Click a place to see how far a car gets from it in 1, 3 and 5 minutes (Esc cancels)</source>
            <translation>点击一个地点，查看车辆 1、3、5 分钟内能到达的范围（Esc 取消）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="815" />
            <source>Working out the roads…</source>
            <translation>正在计算道路…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="819" />
            <source>%1 by road: %2 (lights and siren)</source>
            <translation>%1 经道路：%2（警灯警笛）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="820" />
            <source>Reached by car with lights and siren within 1 min (dark), 3 min and 5 min (light)</source>
            <translation>警灯警笛行车可达范围：1 分钟（深色）、3 分钟和 5 分钟（浅色）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="824" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="824" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="828" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="864" />
            <source>Search call sign, camera, place…</source>
            <translation>搜索呼号、摄像头、地名…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="877" />
            <source>Nothing found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="888" />
            <source>Offline area…</source>
            <translation>离线区域…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="892" />
            <source>Prepare an offline area or import map tiles (Ctrl+Alt+O)</source>
            <translation>准备离线区域或导入地图瓦片（Ctrl+Alt+O）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="900" />
            <source>Drive-time…</source>
            <translation>行车时间…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="907" />
            <source>Show how far a car with lights and siren gets from a place in 1, 3 and 5 minutes (Ctrl+Alt+D)</source>
            <translation>显示警灯警笛车辆从一个地点出发 1、3、5 分钟内能到达的范围（Ctrl+Alt+D）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="917" />
            <source>Cordons…</source>
            <translation>封控圈…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="924" />
            <source>Draw or pick a cordon ring and see its crossings (Ctrl+Shift+C)</source>
            <translation>绘制或选择封控圈并查看道路穿越点（Ctrl+Shift+C）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="937" />
            <source>Plate trail…</source>
            <translation>车牌轨迹…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="944" />
            <source>Follow a plate across the smart checkpoints and where it can go next (Ctrl+Alt+T)</source>
            <translation>跟踪车牌经过的智能卡口及其下一步可能去向（Ctrl+Alt+T）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1019" />
            <source>Map tiles from the configured tile server</source>
            <translation>地图瓦片来自所配置的瓦片服务器</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1020" />
            <source>Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth</source>
            <translation>行政边界：演示数据（源自高德，由 GCJ-02 转换），无审图号 · 水系：Natural Earth</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1031" />
            <source>%L1 tiles failed to load</source>
            <translation>%L1 个瓦片加载失败</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1033" />
            <source>tile cache not used: %1</source>
            <translation>未使用瓦片缓存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1041" />
            <source>Last failure: %1</source>
            <translation>最近一次失败：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1065" />
            <source>%1 %2% (the map shows the world's cameras meanwhile)</source>
            <translation>%1 %2%（在此期间地图显示世界中的摄像头）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="1075" />
            <source>Zoom %1</source>
            <translation>缩放 %1</translation>
        </message>
    </context>
    <context>
        <name>NewIncidentDialog</name>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="27" />
            <source>New incident</source>
            <translation>新建事件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="37" />
            <source>No place called "%1"</source>
            <translation>没有名为“%1”的地点</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="84" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="91" />
            <source>dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="92" />
            <source>theft</source>
            <translation>盗窃</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="93" />
            <source>pickpocketing</source>
            <translation>扒窃</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="94" />
            <source>traffic accident</source>
            <translation>交通事故</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="95" />
            <source>hit and run</source>
            <translation>肇事逃逸</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="96" />
            <source>robbery</source>
            <translation>抢劫</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="97" />
            <source>fight</source>
            <translation>斗殴</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="98" />
            <source>fire</source>
            <translation>火警</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="99" />
            <source>medical emergency</source>
            <translation>急救</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="100" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="103" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="107" />
            <source>critical</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="110" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="115" />
            <source>What happened, who is involved</source>
            <translation>发生了什么，涉及哪些人</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="117" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="122" />
            <source>Search a place, or type latitude, longitude; Enter</source>
            <translation>搜索地名，或输入“纬度, 经度”；回车确认</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="130" />
            <source>Place: not chosen</source>
            <translation>地点：未选择</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="131" />
            <source>Place: %1 (%2, %3)</source>
            <translation>地点：%1（%2, %3）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="132" />
            <source>Place: %1, %2</source>
            <translation>地点：%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/NewIncidentDialog.qml" line="135" />
            <source>Pick on map</source>
            <translation>在地图上选择</translation>
        </message>
    </context>
    <context>
        <name>OfflineAreaDialog</name>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="29" />
            <source>Type a prefecture, district or place name.</source>
            <translation>请输入地市、区县或地点名称。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="29" />
            <source>Unknown region: %1</source>
            <translation>未知区域：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="33" />
            <source>Prepare an offline area</source>
            <translation>准备离线区域</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="47" />
            <source>Stopped: %1</source>
            <translation>已停止：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="49" />
            <source>Cancelled. Start again to resume where it stopped.</source>
            <translation>已取消。再次开始将从中断处继续。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="51" />
            <source>Done, but %L1 tiles failed; start again to retry them.</source>
            <translation>已完成，但有 %L1 个瓦片失败；再次开始可重试。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="53" />
            <source>Done: the area is available offline.</source>
            <translation>完成：该区域可离线使用。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="64" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="67" />
            <source>The current view</source>
            <translation>当前视图</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="74" />
            <source>Named region:</source>
            <translation>指定区域：</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="81" />
            <source>e.g. 武汉市, Ezhou, Jiang'an District</source>
            <translation>例如 武汉市、鄂州市、江岸区</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="85" />
            <source>Zoom levels</source>
            <translation>缩放级别</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="87" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="95" />
            <source>About %L1 tiles (at most %L2).</source>
            <translation>约 %L1 个瓦片（上限 %L2）。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="109" />
            <source>%L1 of %L2 tiles (%L3 already cached, %L4 failed)</source>
            <translation>%L1 / %L2 个瓦片（%L3 个已缓存，%L4 个失败）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="115" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="118" />
            <source>Fetch the area's tiles into the cache; tiles already cached are skipped</source>
            <translation>将该区域的瓦片下载到缓存；已缓存的瓦片会跳过</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="128" />
            <source>Cancel run</source>
            <translation>取消下载</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="134" />
            <source>Import MBTiles…</source>
            <translation>导入 MBTiles…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="137" />
            <source>Merge the tiles of an existing MBTiles file into the cache</source>
            <translation>将现有 MBTiles 文件中的瓦片合并到缓存</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="154" />
            <source>Cache: %1</source>
            <translation>缓存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="155" />
            <source>No tile cache: %1</source>
            <translation>无瓦片缓存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="161" />
            <source>Import an MBTiles file</source>
            <translation>导入 MBTiles 文件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="162" />
            <source>MBTiles files (*.mbtiles)</source>
            <translation>MBTiles 文件 (*.mbtiles)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OfflineAreaDialog.qml" line="162" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>OrderList</name>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="22" />
            <source>Active orders only</source>
            <translation>只看进行中的指令</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="59" />
            <source>%1  %2 → %3: %4</source>
            <translation>%1  %2 → %3：%4</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="67" />
            <source>incident %1 · </source>
            <translation>事件 %1 · </translation>
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="68" />
            <source>age %1, last change %2 ago</source>
            <translation>已 %1，上次变化在 %2 前</translation>
        </message>
        <message>
            <location filename="../../ui/qml/OrderList.qml" line="91" />
            <source>No order given yet. Dispatch units from an incident.</source>
            <translation>尚未下达指令。请从事件中派遣单位。</translation>
        </message>
    </context>
    <context>
        <name>PlateTrailPanel</name>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="39" />
            <source>Plate trail</source>
            <translation>车牌轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="39" />
            <source>Plate trail: %1</source>
            <translation>车牌轨迹：%1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="48" />
            <source>Close the plate trail panel (the trail stays on the map)</source>
            <translation>关闭车牌轨迹面板（轨迹仍留在地图上）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="63" />
            <source>A hot-listed plate from the list, or type one (part of a plate lists the plates read that contain it)</source>
            <translation>从列表中选择布控车牌，或输入车牌（输入部分车牌会列出包含它的已读车牌）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="66" />
            <source>Follow</source>
            <translation>跟随</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="69" />
            <source>Show the plate's reads and where it can go next (Enter)</source>
            <translation>显示车牌的读取记录及下一步可能去向（Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="72" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="79" />
            <source>Stop following the plate and take its trail off the map</source>
            <translation>停止跟踪该车牌并从地图上移除轨迹</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="85" />
            <source>No hot-listed plate read yet; type a plate to follow it</source>
            <translation>尚未读到布控车牌；输入车牌即可跟踪</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="112" />
            <source>Drive-time ring follows the plate (10 min ahead)</source>
            <translation>车程圈跟随车牌（提前 10 分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="116" />
            <source>Sets a cordon where the vehicle can be by road, moved at each new read and as time passes</source>
            <translation>按车辆可能的车程范围设置封控圈，每次新读取及随时间推移时移动</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="130" />
            <source>Reads</source>
            <translation>读取记录</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="151" />
            <source>%1. %2 · %3</source>
            <translation>%1. %2 · %3</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="159" />
            <source>It can reach next</source>
            <translation>下一步可到达</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrailPanel.qml" line="179" />
            <source>%1 · from %2 (%3 min after the read)</source>
            <translation>%1 · 最早 %2（读取后 %3 分钟）</translation>
        </message>
    </context>
    <context>
        <name>RecordingAddress</name>
        <message>
            <location filename="../../ui/wall/RecordingAddress.cpp" line="26" />
            <source>unknown placeholder {%1} (known: {id}, {start}, {start_unix})</source>
            <translation>未知占位符 {%1}（可用：{id}、{start}、{start_unix}）</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordingAddress.cpp" line="33" />
            <source>not a URL or an absolute path</source>
            <translation>不是 URL 或绝对路径</translation>
        </message>
    </context>
    <context>
        <name>ReviewNotes</name>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="96" />
            <location filename="../../app/core/ReviewNotes.cpp" line="114" />
            <source>%1 is not a Watchfloor review file; it was left untouched</source>
            <translation>%1 不是 Watchfloor 审阅文件；未做任何改动</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="126" />
            <source>review file %1 belongs to another recording; it was left untouched</source>
            <translation>审阅文件 %1 属于另一段记录；未做任何改动</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="184" />
            <source>cannot create the review file %1 beside the journal: %2</source>
            <translation>无法在日志旁创建审阅文件 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="216" />
            <location filename="../../app/core/ReviewNotes.cpp" line="269" />
            <source>no recording is open</source>
            <translation>没有打开的记录</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="221" />
            <source>a note has at most %1 characters (this one has %2)</source>
            <translation>备注最多 %1 个字符（此备注有 %2 个）</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="227" />
            <source>a bookmark must lie within the recording</source>
            <translation>书签必须位于记录时间范围内</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="234" />
            <source>a recording has at most %1 bookmarks</source>
            <translation>一段记录最多有 %1 个书签</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="241" />
            <source>cannot save the bookmark in %1: %2</source>
            <translation>无法在 %1 中保存书签：%2</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="273" />
            <location filename="../../app/core/ReviewNotes.cpp" line="283" />
            <source>there is no bookmark %1</source>
            <translation>没有书签 %1</translation>
        </message>
        <message>
            <location filename="../../app/core/ReviewNotes.cpp" line="291" />
            <source>cannot remove the bookmark in %1: %2</source>
            <translation>无法在 %1 中删除书签：%2</translation>
        </message>
    </context>
    <context>
        <name>ShiftStatistics</name>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="55" />
            <source>outside the districts</source>
            <translation>辖区外</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="75" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="211" />
            <source>all incidents</source>
            <translation>全部警情</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="234" />
            <source>key site (1 min)</source>
            <translation>重点部位（1 分钟）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="236" />
            <source>central urban (3 min)</source>
            <translation>中心城区（3 分钟）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="238" />
            <source>other urban (5 min)</source>
            <translation>其他城区（5 分钟）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="242" />
            <source>no target</source>
            <translation>无时限要求</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="249" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>within target</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="251" />
            <source>late</source>
            <translation>超时</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="253" />
            <source>reached</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="255" />
            <source>not reached, open</source>
            <translation>未到场，处置中</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="257" />
            <source>never reached</source>
            <translation>始终未到场</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>incident</source>
            <translation>警情</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>response class</source>
            <translation>响应等级</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <source>target (s)</source>
            <translation>时限（秒）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="277" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="299" />
            <source>district</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <location filename="../../app/core/ShiftStatistics.cpp" line="288" />
            <source>first on scene</source>
            <translation>首到现场</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>first unit</source>
            <translation>首到警力</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>response (s)</source>
            <translation>响应时间（秒）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="278" />
            <source>outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>incidents</source>
            <translation>警情数</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>arrivals</source>
            <translation>到场数</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="286" />
            <source>with a target</source>
            <translation>有时限要求</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>within target (%)</source>
            <translation>达标率（%）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>median (s)</source>
            <translation>中位数（秒）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="287" />
            <source>90th percentile (s)</source>
            <translation>90 分位数（秒）</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="295" />
            <source>shift</source>
            <translation>本班</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="297" />
            <source>class</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../app/core/ShiftStatistics.cpp" line="301" />
            <source>unit</source>
            <translation>警力</translation>
        </message>
    </context>
    <context>
        <name>ShiftStatisticsPanel</name>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="27" />
            <source>no target</source>
            <translation>无时限要求</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="28" />
            <source>%1/%2 (%3 %)</source>
            <translation>%1/%2（%3%）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="32" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="87" />
            <source>within target</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="87" />
            <source>arrivals</source>
            <translation>到场数</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="87" />
            <source>reached</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="88" />
            <source>median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="88" />
            <source>90th pct.</source>
            <translation>90 分位</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="96" />
            <source>%1 (%2 first)</source>
            <translation>%1（首到 %2）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="97" />
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="113" />
            <source>This shift: %n incident(s), %1 reached</source>
            <translation>
                <numerusform>本班：%n 起警情，%1 起已到场</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="118" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="121" />
            <source>Save the shift's statistics for a spreadsheet (Ctrl+Shift+S)</source>
            <translation>将本班统计保存为电子表格文件（Ctrl+Shift+S）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="133" />
            <source>No arrivals yet: no incident this shift.</source>
            <translation>暂无到场记录：本班尚无警情。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="134" />
            <source>No arrivals yet: %n incident(s) waiting for a first unit on scene.</source>
            <translation>
                <numerusform>暂无到场记录：%n 起警情等待首个警力到场。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="148" />
            <source>Response classes</source>
            <translation>响应等级</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="149" />
            <source>class</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="153" />
            <source>Districts</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="154" />
            <source>district</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="166" />
            <source>Units</source>
            <translation>警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="167" />
            <source>unit</source>
            <translation>警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="176" />
            <source>Response time: from the incident's creation to its first unit on scene, on the world clock. An incident nobody reached counts against its target.</source>
            <translation>响应时间：从警情创建到首个警力到场，按业务时钟计。无人到场的警情计为未达标。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="196" />
            <source>Export the shift's statistics</source>
            <translation>导出本班统计</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="199" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ShiftStatisticsPanel.qml" line="199" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="123" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="125" />
            <source>%1 min %2 s</source>
            <translation>%1 分 %2 秒</translation>
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="126" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分</translation>
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="138" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="139" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="140" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/theme/Theme.qml" line="141" />
            <source>critical</source>
            <translation>紧急</translation>
        </message>
    </context>
    <context>
        <name>TimelineBar</name>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="42" />
            <source>A training run from %1 starts in a window of its own</source>
            <translation>从 %1 开始的训练将在单独的窗口中启动</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="76" />
            <source>PLAYBACK</source>
            <translation>回放</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="84" />
            <source>Recording of a live shift</source>
            <translation>实战值班记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="85" />
            <source>Recording of a training run</source>
            <translation>训练记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="86" />
            <source>Recording</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="93" />
            <source>Read-only: nothing is sent to any unit or backend. %1</source>
            <translation>只读：不向任何警力或后台发送内容。%1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="115" />
            <source>Previous event (Ctrl+Left)</source>
            <translation>上一个事件（Ctrl+左）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="122" />
            <source>Pause (Ctrl+Space)</source>
            <translation>暂停（Ctrl+空格）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="122" />
            <source>Play (Ctrl+Space)</source>
            <translation>播放（Ctrl+空格）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="129" />
            <source>Next event (Ctrl+Right)</source>
            <translation>下一个事件（Ctrl+右）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="137" />
            <source>Slower (Ctrl+Down)</source>
            <translation>减速（Ctrl+下）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="153" />
            <source>Faster (Ctrl+Up)</source>
            <translation>加速（Ctrl+上）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="156" />
            <source>Bookmark</source>
            <translation>书签</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="160" />
            <source>Add a bookmark with a note at this moment (B)</source>
            <translation>在此时刻添加带备注的书签（B）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="163" />
            <source>Bookmarks (%1)</source>
            <translation>书签（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="167" />
            <source>List, go to or remove bookmarks (Ctrl+B)</source>
            <translation>列出、转到或删除书签（Ctrl+B）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="170" />
            <source>Export evidence…</source>
            <translation>导出证据…</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="174" />
            <source>Export a range of the recording as an evidence folder with a report and checksums (Ctrl+E)</source>
            <translation>将记录的一段时间导出为含报告和校验和的证据文件夹（Ctrl+E）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="178" />
            <source>Train from here</source>
            <translation>从此处开始训练</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="182" />
            <source>Start a training run from the world as it stands at this moment: its units, open incidents and cordons, in a window of its own; the recording is not changed (Ctrl+T)</source>
            <translation>以此刻的态势开始一次训练：当时的警力、未结警情和封控圈，在单独的窗口中进行；记录本身不被改动（Ctrl+T）</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="248" />
            <source>Bookmark at %1</source>
            <translation>书签 %1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="249" />
            <source>Bookmark at %1: %2</source>
            <translation>书签 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="284" />
            <source>This journal holds no events yet.</source>
            <translation>此日志尚无事件。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Alerts</source>
            <translation>告警</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Orders</source>
            <translation>指令</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Status changes</source>
            <translation>状态变化</translation>
        </message>
        <message>
            <location filename="../../ui/playback/TimelineBar.qml" line="289" />
            <source>Cordon edits</source>
            <translation>封控圈变更</translation>
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="18" />
            <source>TRAINING</source>
            <translation>训练模式</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="26" />
            <source>Simulated world: orders go to simulated units only and never reach live forces.</source>
            <translation>模拟环境：指令只发给模拟警力，绝不会下达到实战警力。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="33" />
            <source>Road network: generated, not real</source>
            <translation>路网：程序生成，非真实数据</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="48" />
            <source>Training run</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="56" />
            <source>Waiting for the simulator…</source>
            <translation>等待模拟器…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="65" />
            <source>Hide briefing</source>
            <translation>收起简报</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="65" />
            <source>Show briefing</source>
            <translation>展开简报</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="71" />
            <source>The scenario's briefing: what happened and what is asked of you</source>
            <translation>想定简报：发生了什么、需要你做什么</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="98" />
            <source>Simulated time (China Standard Time, UTC+8)</source>
            <translation>模拟时间（北京时间，UTC+8）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="109" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="136" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="136" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="140" />
            <source>Pause or resume the simulated world (Ctrl+Space)</source>
            <translation>暂停或继续模拟世界 (Ctrl+空格)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="147" />
            <source>Real time (Ctrl+1)</source>
            <translation>实时（Ctrl+1）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="154" />
            <source>Four times real time (Ctrl+4)</source>
            <translation>4 倍速（Ctrl+4）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="161" />
            <source>Sixteen times real time (Ctrl+6)</source>
            <translation>16 倍速（Ctrl+6）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="169" />
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="173" />
            <source>While paused: advance the world by one second (Ctrl+.)</source>
            <translation>暂停时：模拟世界前进一秒 (Ctrl+.)</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="185" />
            <source>Run over</source>
            <translation>训练已结束</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="186" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="187" />
            <source>Running at %1×</source>
            <translation>%1 倍速运行中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="193" />
            <source>Debrief</source>
            <translation>讲评</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="199" />
            <source>Instructor</source>
            <translation>教官</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingPanel.qml" line="205" />
            <source>Show or hide the instructor panel (Ctrl+Alt+I)</source>
            <translation>显示或隐藏教官面板（Ctrl+Alt+I）</translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="20" />
            <source>Units</source>
            <translation>警力</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/UnitList.qml" line="21" />
            <source>%n on shift</source>
            <translation>
                <numerusform>%n 个在岗</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="48" />
            <source>Click to centre the map on %1</source>
            <translation>点击将地图居中到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="72" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="73" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="74" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="74" />
            <source>off duty</source>
            <translation>下岗</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="81" />
            <source>%1 km/h</source>
            <translation>%1 公里/时</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="90" />
            <source>No units on shift yet</source>
            <translation>暂无在岗警力</translation>
        </message>
    </context>
    <context>
        <name>WallTile</name>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="71" />
            <source>PAUSED</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="72" />
            <source>LIVE</source>
            <translation>实时</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="71" />
            <source>RECORDED</source>
            <translation>录像</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="72" />
            <source>SIMULATED</source>
            <translation>模拟画面</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="73" />
            <location filename="../../ui/qml/WallTile.qml" line="209" />
            <source>NO RECORDING</source>
            <translation>无录像</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="74" />
            <source>STALE</source>
            <translation>画面滞后</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="75" />
            <location filename="../../ui/qml/WallTile.qml" line="211" />
            <source>SIGNAL LOST</source>
            <translation>信号丢失</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="76" />
            <location filename="../../ui/qml/WallTile.qml" line="211" />
            <source>NO SIGNAL</source>
            <translation>无信号</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="77" />
            <source>CONNECTING</source>
            <translation>连接中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="83" />
            <source>no frame yet</source>
            <translation>尚无画面</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="85" />
            <location filename="../../ui/qml/WallTile.qml" line="86" />
            <source>%1 s ago</source>
            <translation>%1 秒前</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="177" />
            <source>%1 fps</source>
            <translation>%1 帧/秒</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="181" />
            <source>%1 kb/s</source>
            <translation>%1 kb/s</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="184" />
            <source>sub</source>
            <translation>子码流</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="184" />
            <source>main</source>
            <translation>主码流</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="207" />
            <source>Drop a camera here</source>
            <translation>将摄像头拖到这里</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="208" />
            <source>No recorded video for this camera</source>
            <translation>此摄像头没有录像</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="210" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="226" />
            <source>The site's camera file gives it no "playback" address</source>
            <translation>本站点摄像头文件未给出其“playback”录像地址</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="232" />
            <source>retrying in %1 s</source>
            <translation>%1 秒后重试</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="294" />
            <source>Mark sighting here</source>
            <translation>在此标记发现</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="300" />
            <source>Restore</source>
            <translation>还原</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="300" />
            <source>Maximise</source>
            <translation>最大化</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="301" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="301" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="302" />
            <source>Step one frame</source>
            <translation>单帧步进</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="303" />
            <source>Snapshot</source>
            <translation>截图</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="304" />
            <source>Unmute</source>
            <translation>取消静音</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="304" />
            <source>Mute</source>
            <translation>静音</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="305" />
            <source>Reconnect</source>
            <translation>重新连接</translation>
        </message>
        <message>
            <location filename="../../ui/qml/WallTile.qml" line="306" />
            <source>Remove from wall</source>
            <translation>从视频墙移除</translation>
        </message>
    </context>
    <context>
        <name>ZoneDialog</name>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="18" />
            <source>Response zones</source>
            <translation>响应区域</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="26" />
            <source>key site, 1 min</source>
            <translation>重点部位，1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="27" />
            <source>central urban, 3 min</source>
            <translation>中心城区，3 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="28" />
            <source>urban, 5 min</source>
            <translation>其他城区，5 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="61" />
            <source>Edits are saved to %1</source>
            <translation>编辑保存至 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="62" />
            <source>Only a supervisor edits the response zones.</source>
            <translation>只有值班长可以编辑响应区域。</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="69" />
            <source>New zone</source>
            <translation>新区域</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="76" />
            <source>Name, e.g. Hankou Station square</source>
            <translation>名称，例如：汉口站广场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="87" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="91" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="124" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="139" />
            <source>Draw a new zone on the map</source>
            <translation>在地图上绘制新区域</translation>
        </message>
        <message>
            <location filename="../../ui/qml/ZoneDialog.qml" line="143" />
            <source>Click the corners on the map; Enter finishes, Esc cancels, Ctrl+Z undoes</source>
            <translation>在地图上点击各个角点；回车完成，Esc 取消，Ctrl+Z 撤销</translation>
        </message>
    </context>
    <context>
        <name>wf::BookmarkModel</name>
        <message>
            <location filename="../../ui/playback/BookmarkModel.cpp" line="30" />
            <source>The bookmark was not saved: %1</source>
            <translation>书签未保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/BookmarkModel.cpp" line="40" />
            <source>The bookmark was not removed: %1</source>
            <translation>书签未删除：%1</translation>
        </message>
    </context>
    <context>
        <name>wf::CordonDesk</name>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="32" />
            <location filename="../../ui/cordons/CordonDesk.cpp" line="140" />
            <source>Drawn cordon %1</source>
            <translation>手绘封控圈 %1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="100" />
            <source>Cordon not set: %1</source>
            <translation>未设置封控圈：%1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="130" />
            <source>Cordon moved; its manning plan stays active (plan again for the new crossings)</source>
            <translation>封控圈已移动；其布警方案仍然有效（如需覆盖新路口请重新生成方案）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonDesk.cpp" line="133" />
            <source>%n cordon(s) set</source>
            <translation>
                <numerusform>已设置 %n 个封控圈</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="168" />
            <source>Boundaries not available: %1</source>
            <translation>边界数据不可用：%1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="173" />
            <source>No boundary called "%1"</source>
            <translation>没有名为“%1”的边界</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="179" />
            <source>%1 boundary</source>
            <translation>%1边界</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="210" />
            <source>No cordon %1 to lift</source>
            <translation>没有可撤销的封控圈 %1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="228" />
            <source>Cordon lifted</source>
            <translation>封控圈已撤销</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="235" />
            <source>Cordons not imported: %1 is not a file on this computer</source>
            <translation>未导入封控圈：%1 不是本机上的文件</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="241" />
            <source>Cordons not imported, none set: %1</source>
            <translation>未导入封控圈，一个也未设置：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonDesk.cpp" line="250" />
            <source>%n cordon(s) imported from %1</source>
            <translation>
                <numerusform>已从 %1 导入 %n 个封控圈</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="259" />
            <source>No cordon set: nothing to export</source>
            <translation>未设置封控圈：没有可导出的内容</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="264" />
            <source>Cordons not exported: %1</source>
            <translation>未导出封控圈：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonDesk.cpp" line="269" />
            <source>%n cordon(s) written to %1</source>
            <translation>
                <numerusform>已将 %n 个封控圈写入 %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="307" />
            <source>No cordon %1</source>
            <translation>没有封控圈 %1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="311" />
            <source>No road graph: crossings need one (--roads)</source>
            <translation>没有路网：计算穿越点需要路网（--roads）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="333" />
            <source>%1: %2 road crossings, %3 checkpoints, %4 cameras; the suspect's earliest arrival %5</source>
            <translation>%1：道路穿越点 %2 处，卡点 %3 个，摄像机 %4 个；嫌疑人最早到达 %5</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonDesk.cpp" line="338" />
            <source>unknown (no incident)</source>
            <translation>未知（无警情）</translation>
        </message>
    </context>
    <context>
        <name>wf::CordonEditor</name>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="170" />
            <location filename="../../ui/cordons/CordonEditor.cpp" line="323" />
            <source>Draw round the area, holding the mouse button down</source>
            <translation>按住鼠标左键圈出区域</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="188" />
            <source>Lasso</source>
            <translation>套索</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="199" />
            <source>A cordon can have at most %1 points</source>
            <translation>封控圈最多 %1 个点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="209" />
            <source>Add a point</source>
            <translation>添加点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="222" />
            <source>Move a point</source>
            <translation>移动点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="237" />
            <source>Insert a point</source>
            <translation>插入点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="246" />
            <source>Delete a point</source>
            <translation>删除点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="325" />
            <source>Click at least three points on the map</source>
            <translation>请在地图上至少点击三个点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="327" />
            <source>Click the centre, then a point on the rim</source>
            <translation>先点击圆心，再点击圆周上的一点</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonEditor.cpp" line="328" />
            <source>Click one corner, then the opposite corner</source>
            <translation>先点击一个角，再点击对角</translation>
        </message>
    </context>
    <context>
        <name>wf::CordonFile</name>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="56" />
            <source>unknown file type: a cordon file is GeoJSON, KML, a Shapefile or a GeoPackage</source>
            <translation>未知文件类型：封控圈文件须为 GeoJSON、KML、Shapefile 或 GeoPackage</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="62" />
            <source>the file holds no polygon</source>
            <translation>文件中没有多边形</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="72" />
            <source>more than %1 polygons; a file sets at most %1 cordons</source>
            <translation>多边形超过 %1 个；一个文件最多设置 %1 个封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonFile.cpp" line="80" />
            <source>feature %1: %2 points, more than a cordon's %3</source>
            <translation>要素 %1：%2 个点，超过封控圈上限 %3</translation>
        </message>
    </context>
    <context>
        <name>wf::CordonPosts</name>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="49" />
            <source>Analyse a cordon with road crossings first</source>
            <translation>请先分析一个有道路交叉口的封控圈</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="53" />
            <location filename="../../ui/cordons/CordonPosts.cpp" line="77" />
            <source>This cordon's manning is active: lift it or analyse it again for a new plan</source>
            <translation>此封控圈的布控已在执行：撤销或重新分析后才能制定新方案</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="81" />
            <source>Make a manning plan first</source>
            <translation>请先制定布控方案</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="91" />
            <source>%1 is no longer free: make the plan again</source>
            <translation>%1 已不空闲：请重新制定方案</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/CordonPosts.cpp" line="120" />
            <source>%n unit(s) sent to man the cordon</source>
            <translation>
                <numerusform>已派 %n 个单位布控封控圈</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="165" />
            <source>unnamed road</source>
            <translation>无名道路</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="207" />
            <source>Manning active: %1% of %2 crossings closed; all closed in about %3 from the orders</source>
            <translation>布控执行中：%2 个交叉口已封闭 %1%；自下令起约 %3 全部封闭</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="212" />
            <source>%1 of %2 crossings manned before the suspect can be there; %3 gap(s) in red</source>
            <translation>%2 个交叉口中 %1 个可在嫌疑人到达前布控；%3 个缺口以红色标出</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonPosts.cpp" line="217" />
            <source> · %1 left out</source>
            <translation> · %1 个未纳入</translation>
        </message>
    </context>
    <context>
        <name>wf::CoverageModel</name>
        <message>
            <location filename="../../ui/dispatch/CoverageModel.cpp" line="89" />
            <source>No road graph: coverage cannot be computed</source>
            <translation>没有路网：无法计算覆盖范围</translation>
        </message>
    </context>
    <context>
        <name>wf::CrossingModel</name>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="13" />
            <source>expressway</source>
            <translation>高速公路</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="15" />
            <source>urban expressway</source>
            <translation>城市快速路</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="17" />
            <source>arterial road</source>
            <translation>主干道</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="19" />
            <source>county road</source>
            <translation>县道</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CrossingModel.cpp" line="21" />
            <source>village road</source>
            <translation>乡村道路</translation>
        </message>
    </context>
    <context>
        <name>wf::Dispatch</name>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="85" />
            <source>A trainee cannot act in a live session</source>
            <translation>学员不能在实战会话中操作</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="92" />
            <source>Only a supervisor may edit the response zones</source>
            <translation>只有值班长可以编辑响应区域</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="100" />
            <location filename="../../app/core/Dispatch.cpp" line="135" />
            <location filename="../../app/core/Dispatch.cpp" line="242" />
            <source>Unknown unit %1</source>
            <translation>未知单位 %1</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="102" />
            <location filename="../../app/core/Dispatch.cpp" line="246" />
            <source>%1 is off duty</source>
            <translation>%1 不在岗</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="108" />
            <source>%1 already has an order for this incident</source>
            <translation>%1 已有本事件的指令</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="109" />
            <source>%1 is committed to order %2</source>
            <translation>%1 正在执行指令 %2</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="121" />
            <source>A lookout goes out with its plate or description: use the lookout dialog</source>
            <translation>协查通报须附车牌号或描述：请使用协查对话框</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="125" />
            <source>The order has no valid place</source>
            <translation>指令没有有效地点</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="129" />
            <location filename="../../app/core/Dispatch.cpp" line="151" />
            <location filename="../../app/core/Dispatch.cpp" line="212" />
            <location filename="../../app/core/Dispatch.cpp" line="400" />
            <location filename="../../app/core/Dispatch.cpp" line="469" />
            <source>Unknown incident %1</source>
            <translation>未知事件 %1</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="155" />
            <source>Incident %1 is no longer open</source>
            <translation>事件 %1 已不再处理中</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="159" />
            <location filename="../../app/core/Dispatch.cpp" line="228" />
            <source>No unit chosen</source>
            <translation>未选择单位</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="165" />
            <location filename="../../app/core/Dispatch.cpp" line="237" />
            <source>Unit %1 is chosen twice</source>
            <translation>单位 %1 被重复选择</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="192" />
            <source>A lookout needs a plate or a description</source>
            <translation>协查通报需要车牌号或特征描述</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="194" />
            <source>A plate has at most %1 characters</source>
            <translation>车牌号最多 %1 个字符</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="196" />
            <source>A lookout's description has at most %1 characters</source>
            <translation>协查描述最多 %1 个字符</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="198" />
            <source>The photo's address has at most %1 characters</source>
            <translation>照片地址最多 %1 个字符</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="207" />
            <source>The photo must be an http(s) link or a file path</source>
            <translation>照片必须是 http(s) 链接或文件路径</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="209" />
            <source>The photo's link must not carry a user name or password</source>
            <translation>照片链接中不得包含用户名或密码</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="232" />
            <source>A lookout goes to at most %1 units</source>
            <translation>一次协查通报最多发给 %1 个警力</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="266" />
            <source>The lookout's area has no valid centre: pick it on the map</source>
            <translation>协查区域没有有效的中心点：请在地图上选择</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="271" />
            <source>The lookout's radius must be more than 0 and at most %1 km</source>
            <translation>协查半径必须大于 0 且不超过 %1 公里</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="283" />
            <source>No unit on duty within %1 m of that place</source>
            <translation>该地点 %1 米范围内没有在岗警力</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="288" />
            <source>%1 units are in that area; a lookout goes to at most %2: make the radius smaller</source>
            <translation>该区域内有 %1 个警力；一次协查最多发给 %2 个：请缩小半径</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="354" />
            <source>An incident needs a place: pick it on the map</source>
            <translation>事件需要地点：请在地图上选择</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="358" />
            <source>An incident needs a type</source>
            <translation>事件需要类型</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="362" />
            <source>Unknown priority %1</source>
            <translation>未知优先级 %1</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="368" />
            <location filename="../../app/core/Dispatch.cpp" line="420" />
            <location filename="../../app/core/Dispatch.cpp" line="435" />
            <location filename="../../app/core/Dispatch.cpp" line="451" />
            <location filename="../../app/core/Dispatch.cpp" line="467" />
            <source>Unknown alert %1</source>
            <translation>未知警情 %1</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="372" />
            <source>Alert %1 is already attached to incident %2</source>
            <translation>警情 %1 已关联到事件 %2</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="402" />
            <source>Unknown incident stage %1</source>
            <translation>未知事件阶段 %1</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="407" />
            <source>Only a supervisor may reopen an incident</source>
            <translation>只有值班长可以重新打开事件</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="437" />
            <source>Say why the alert is dismissed</source>
            <translation>请说明排除警情的原因</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="439" />
            <source>Only a supervisor may dismiss a critical alert</source>
            <translation>只有值班长可以排除紧急警情</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="453" />
            <source>Snooze between 1 and 240 minutes</source>
            <translation>暂缓时间须在 1 到 240 分钟之间</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="484" />
            <source>Unknown camera %1</source>
            <translation>未知摄像头 %1</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="493" />
            <source>The marked place is not within camera %1's view</source>
            <translation>标记的位置不在摄像头 %1 的视野内</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="497" />
            <source>A sighting is marked on the picture</source>
            <translation>发现须标记在画面上</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="500" />
            <source>What was marked has a name of at most %1 characters</source>
            <translation>所标记对象的名称最多 %1 个字符</translation>
        </message>
        <message>
            <location filename="../../app/core/Dispatch.cpp" line="503" />
            <source>The picture's time is not the world's</source>
            <translation>画面时间与模拟世界时间不符</translation>
        </message>
    </context>
    <context>
        <name>wf::EvidenceExportModel</name>
        <message>
            <location filename="../../ui/playback/EvidenceExportModel.cpp" line="45" />
            <source>The map shows no area to export (zoom in so the view lies within the map)</source>
            <translation>地图未显示可导出的区域（请放大，使视图位于地图范围内）</translation>
        </message>
    </context>
    <context>
        <name>wf::MapTiles</name>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="99" />
            <source>No upstream tile server is configured: the built-in map is always available offline.</source>
            <translation>未配置上游瓦片服务器：内置地图始终可离线使用。</translation>
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="101" />
            <source>The tile cache cannot be used: %1</source>
            <translation>无法使用瓦片缓存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="104" />
            <source>Choose an area and zoom levels from 0 to 19, the first no larger than the last.</source>
            <translation>请选择区域和 0 至 19 的缩放级别，起始级别不得大于结束级别。</translation>
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="107" />
            <source>%L1 tiles is more than the limit of %L2: choose a smaller area or fewer zoom levels.</source>
            <translation>%L1 个瓦片超过上限 %L2：请选择更小的区域或更少的缩放级别。</translation>
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="135" />
            <source>There is no tile cache to import into: %1</source>
            <translation>没有可导入的瓦片缓存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="161" />
            <source>Nothing imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <location filename="../../ui/MapTiles.cpp" line="167" />
            <source>Imported %L1 new tiles from %2; the cache holds %L3 tiles.</source>
            <translation>已从 %2 导入 %L1 个新瓦片；缓存现有 %L3 个瓦片。</translation>
        </message>
    </context>
    <context>
        <name>wf::PlateTrail</name>
        <message>
            <location filename="../../ui/cordons/PlateTrail.cpp" line="88" />
            <source>Type a plate of up to %1 characters</source>
            <translation>请输入不超过 %1 个字符的车牌</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrail.cpp" line="145" />
            <source>No read of %1 yet: its next read starts the trail</source>
            <translation>尚无 %1 的读取记录：下一次读取将开始轨迹</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/PlateTrail.cpp" line="150" />
            <source>%n read(s); no road graph to say where it can go next</source>
            <translation>
                <numerusform>%n 次读取；没有路网，无法判断下一步去向</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/PlateTrail.cpp" line="152" />
            <source>%n read(s); the last checkpoint (%1) is not on the map</source>
            <translation>
                <numerusform>%n 次读取；最近的卡口（%1）不在地图上</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cordons/PlateTrail.cpp" line="163" />
            <source>%n read(s), last at %1 %2</source>
            <translation>
                <numerusform>%n 次读取，最近一次在 %1 %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cordons/PlateTrail.cpp" line="166" />
            <source>; no checkpoint within 30 minutes by road</source>
            <translation>；30 分钟车程内没有卡口</translation>
        </message>
    </context>
    <context>
        <name>wf::RecordingOpener</name>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="23" />
            <source>Choose a recording (a journal file) to open.</source>
            <translation>请选择要打开的记录（日志文件）。</translation>
        </message>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="31" />
            <source>Cannot open the recording: %1</source>
            <translation>无法打开记录：%1</translation>
        </message>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="53" />
            <source>Cannot start the playback of %1</source>
            <translation>无法启动 %1 的回放</translation>
        </message>
        <message>
            <location filename="../../ui/playback/RecordingOpener.cpp" line="63" />
            <source>Cannot start a training run from %1</source>
            <translation>无法从 %1 启动训练</translation>
        </message>
    </context>
    <context>
        <name>wf::RoutePreview</name>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="30" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="32" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="33" />
            <source>%1 min %2 s</source>
            <translation>%1 分 %2 秒</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="58" />
            <source>No unit %1 on the map.</source>
            <translation>地图上没有单位 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="60" />
            <source>No road graph: routes cannot be shown.</source>
            <translation>没有路网：无法显示路线。</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="71" />
            <source>A fixed post does not leave its site that far.</source>
            <translation>固定岗不会离开岗位这么远。</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="72" />
            <source>No way by road: the unit or the place is more than %1 km from a road it may use, or no road joins them.</source>
            <translation>无法经道路到达：单位或地点距可用道路超过 %1 公里，或没有道路相连。</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="87" />
            <source>No road graph: drive-time areas cannot be shown.</source>
            <translation>没有路网：无法显示行车时间范围。</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="96" />
            <source>No road within %1 km of this place.</source>
            <translation>此地 %1 公里内没有道路。</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="112" />
            <source>Nothing is reachable within %1 from this place.</source>
            <translation>从此地 %1 内无法到达任何地方。</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/RoutePreview.cpp" line="162" />
            <source>%1 km · ETA %2</source>
            <translation>%1 公里 · 预计到达 %2</translation>
        </message>
    </context>
    <context>
        <name>wf::ShiftStatisticsModel</name>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="121" />
            <source>Districts not available: %1</source>
            <translation>区县边界不可用：%1</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="166" />
            <source>Choose a file to save the statistics in</source>
            <translation>请选择保存统计数据的文件</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="168" />
            <source>Statistics are saved to a file on this workstation, not to %1</source>
            <translation>统计数据只能保存到本工作站的文件，不能保存到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="170" />
            <source>%1 is a folder: choose a file name</source>
            <translation>%1 是文件夹：请选择文件名</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="175" />
            <location filename="../../ui/dispatch/ShiftStatisticsModel.cpp" line="178" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>wf::SuspectFollower</name>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="45" />
            <source>No road graph: drive-time rings need one (--roads)</source>
            <translation>没有路网：车程圈需要路网（--roads）</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="52" />
            <source>A drive-time ring needs 0 to 600 minutes elapsed, 1 to 120 minutes ahead and a known profile</source>
            <translation>车程圈需要 0 到 600 分钟的已逃时间、1 到 120 分钟的提前量和已知的出行方式</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="83" />
            <source>Working out the drive-time ring…</source>
            <translation>正在计算车程圈…</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="98" />
            <source>Cordon not set: %1</source>
            <translation>未设置封控圈：%1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="104" />
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="174" />
            <source>Drive-time ring %1 + %2 min</source>
            <translation>车程圈 %1 + %2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="170" />
            <source>The drive-time ring cannot be drawn again: %1</source>
            <translation>无法重新绘制驾车时间封控圈：%1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="230" />
            <source>The plate's ring cannot be drawn: %1</source>
            <translation>无法绘制该车牌的封控圈：%1</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/SuspectFollower.cpp" line="237" />
            <source>%1: %2 min since the read + %3 min</source>
            <translation>%1：读取后 %2 分钟 + %3 分钟</translation>
        </message>
    </context>
    <context>
        <name>wf::UnitRecommendationModel</name>
        <message>
            <location filename="../../ui/dispatch/UnitRecommendationModel.cpp" line="59" />
            <source>Unknown incident %1</source>
            <translation>未知事件 %1</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/UnitRecommendationModel.cpp" line="61" />
            <source>No road graph: travel times cannot be computed</source>
            <translation>没有路网：无法计算行程时间</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/UnitRecommendationModel.cpp" line="68" />
            <source>No available unit can get there within %1 minutes</source>
            <translation>没有可用单位能在 %1 分钟内到达</translation>
        </message>
    </context>
    <context>
        <name>wf::ZoneEditor</name>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="39" />
            <source>Draw the zone on the map first</source>
            <translation>请先在地图上绘制区域</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="41" />
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="77" />
            <source>Choose the zone's class</source>
            <translation>请选择区域类别</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="44" />
            <source>Give the zone a name</source>
            <translation>请为区域命名</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="55" />
            <source>The zone cannot be added: %1</source>
            <translation>无法添加区域：%1</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="75" />
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="92" />
            <source>No such zone</source>
            <translation>没有这个区域</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="95" />
            <source>A centre keeps at least one response zone</source>
            <translation>指挥中心至少保留一个响应区域</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="112" />
            <source>The zones cannot be saved: %1</source>
            <translation>无法保存区域：%1</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/ZoneEditor.cpp" line="116" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>wf::cordontext</name>
        <message>
            <location filename="../../ui/cordons/CordonText.cpp" line="11" />
            <source>not reachable</source>
            <translation>无法到达</translation>
        </message>
        <message>
            <location filename="../../ui/cordons/CordonText.cpp" line="12" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
    </context>
    <context>
        <name>wf::dispatchtext</name>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="20" />
            <source>pickpocketing</source>
            <translation>扒窃</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="22" />
            <source>theft</source>
            <translation>盗窃</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="24" />
            <source>traffic accident</source>
            <translation>交通事故</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="26" />
            <source>dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="28" />
            <source>hit and run</source>
            <translation>肇事逃逸</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="30" />
            <source>robbery</source>
            <translation>抢劫</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="32" />
            <source>fight</source>
            <translation>斗殴</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="34" />
            <source>fire</source>
            <translation>火警</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="36" />
            <source>medical emergency</source>
            <translation>急救</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="38" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="46" />
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="48" />
            <source>delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="50" />
            <source>accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="52" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="111" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="54" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="96" />
            <location filename="../../ui/dispatch/DispatchText.cpp" line="113" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="56" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="58" />
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="60" />
            <source>no answer</source>
            <translation>无应答</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="62" />
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="70" />
            <source>respond</source>
            <translation>出警</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="72" />
            <source>move to point</source>
            <translation>前往地点</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="74" />
            <source>man checkpoint</source>
            <translation>值守卡点</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="76" />
            <source>hold position</source>
            <translation>原地待命</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="78" />
            <source>recall</source>
            <translation>召回</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="80" />
            <source>intercept</source>
            <translation>拦截</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="82" />
            <source>clear congestion</source>
            <translation>疏导拥堵</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="84" />
            <source>lookout</source>
            <translation>协查</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="92" />
            <source>new</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="94" />
            <source>dispatched</source>
            <translation>已派警</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="98" />
            <source>resolved</source>
            <translation>已处置</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="100" />
            <source>closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="109" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="115" />
            <source>off duty</source>
            <translation>下岗</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="123" />
            <source>stolen vehicle</source>
            <translation>被盗车辆</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="125" />
            <source>unpaid fines</source>
            <translation>未缴罚款</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="127" />
            <source>wanted driver</source>
            <translation>通缉驾驶人</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="129" />
            <source>fake plates</source>
            <translation>套牌</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="137" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="140" />
            <source>Hot-list hit: %1 (%2) at %3</source>
            <translation>布控命中：%1（%2），地点 %3</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="142" />
            <source>Suspect vehicle %1 (%2, incident %3) seen at %4</source>
            <translation>嫌疑车辆 %1（%2，事件 %3）出现在 %4</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="144" />
            <source>Suspect %1 intercepted by %2 at %3</source>
            <translation>嫌疑人 %1 已由 %2 在 %3 拦截</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/DispatchText.cpp" line="146" />
            <source>Order %1 to %2: no acknowledgement in %3 s</source>
            <translation>指令 %1（%2）：%3 秒内未签收</translation>
        </message>
    </context>
    <context>
        <name>wf::maps</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="81" />
            <source>A point is not a valid longitude and latitude</source>
            <translation>有点不是有效的经纬度</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="84" />
            <location filename="../../maps/geo/GeoShape.cpp" line="141" />
            <source>A ring needs at least three distinct points</source>
            <translation>一个环至少需要三个不同的点</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="89" />
            <source>The shape crosses the antimeridian (180° longitude)</source>
            <translation>形状跨越了 180° 经线</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="129" />
            <source>A ring touches itself</source>
            <translation>环与自身相接</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="131" />
            <source>The outline crosses itself</source>
            <translation>轮廓自相交</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="133" />
            <source>A hole lies outside its polygon</source>
            <translation>洞位于其多边形之外</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="135" />
            <source>Holes lie inside each other</source>
            <translation>洞相互嵌套</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="137" />
            <source>The holes cut the polygon in two</source>
            <translation>洞把多边形切成了两块</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="139" />
            <source>One polygon lies inside another</source>
            <translation>一个多边形位于另一个之内</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="216" />
            <source>not a vector file GDAL can read (GeoJSON, KML, Shapefile, GeoPackage)</source>
            <translation>不是 GDAL 可读取的矢量文件（GeoJSON、KML、Shapefile、GeoPackage）</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="221" />
            <source>the file holds no layer</source>
            <translation>文件中没有图层</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="127" />
            <location filename="../../maps/geo/LayerFile.cpp" line="152" />
            <source>unknown coordinate system %1</source>
            <translation>未知坐标系 %1</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="133" />
            <source>the file does not say its coordinate system</source>
            <translation>文件未声明坐标系</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="159" />
            <source>more than %1 features</source>
            <translation>要素超过 %1 个</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="166" />
            <source>feature %1 cannot be transformed to WGS-84</source>
            <translation>要素 %1 无法转换为 WGS-84</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="180" />
            <source>more than %1 vertices</source>
            <translation>顶点超过 %1 个</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="194" />
            <source>feature %1: %2</source>
            <translation>要素 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>wf::maps::GeoShape</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="251" />
            <source>The shape is empty</source>
            <translation>形状为空</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="267" />
            <location filename="../../maps/geo/GeoShape.cpp" line="319" />
            <source>The shape has no area</source>
            <translation>形状面积为零</translation>
        </message>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="335" />
            <source>A circle's radius must be more than 0 and at most 2,000 km</source>
            <translation>圆的半径必须大于 0 且不超过 2000 公里</translation>
        </message>
    </context>
    <context>
        <name>wf::maps::LayerFile</name>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="251" />
            <source>no such file</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="269" />
            <location filename="../../maps/geo/LayerFile.cpp" line="282" />
            <source>%1 MB is larger than the limit of %2 MB</source>
            <translation>%1 MB 超过上限 %2 MB</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerFile.cpp" line="295" />
            <source>cannot be read</source>
            <translation>无法读取</translation>
        </message>
    </context>
    <context>
        <name>wf::maps::LayerWriter</name>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="103" />
            <source>GDAL has no driver to write %1</source>
            <translation>GDAL 没有写入 %1 的驱动</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="116" />
            <source>cannot make the file: %1</source>
            <translation>无法创建文件：%1</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="171" />
            <source>cannot write the outlines: %1</source>
            <translation>无法写入轮廓：%1</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="185" />
            <source>unknown file type "%1": name it .geojson or .kml</source>
            <translation>未知文件类型“%1”：请以 .geojson 或 .kml 命名</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="188" />
            <location filename="../../maps/geo/LayerWriter.cpp" line="213" />
            <source>the file exists; it is not overwritten</source>
            <translation>文件已存在；不会覆盖</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="190" />
            <source>no such folder</source>
            <translation>文件夹不存在</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="198" />
            <location filename="../../maps/geo/LayerWriter.cpp" line="214" />
            <source>cannot write: %1</source>
            <translation>无法写入：%1</translation>
        </message>
        <message>
            <location filename="../../maps/geo/LayerWriter.cpp" line="201" />
            <location filename="../../maps/geo/LayerWriter.cpp" line="203" />
            <source>cannot write: %1; nothing was written</source>
            <translation>无法写入：%1；未写入任何内容</translation>
        </message>
    </context>
    <context>
        <name>wf::maps::ShapeProblem</name>
        <message>
            <location filename="../../maps/geo/GeoShape.cpp" line="219" />
            <source>%1 at %2° N, %3° E</source>
            <translation>%1，位置：北纬 %2°，东经 %3°</translation>
        </message>
    </context>
    <context>
        <name>wf::wall</name>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="48" />
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="51" />
            <source>expected a JSON array of cameras</source>
            <translation>应为摄像头的 JSON 数组</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="56" />
            <source>camera %1</source>
            <translation>摄像头 %1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="58" />
            <source>%1: expected an object</source>
            <translation>%1：应为对象</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="64" />
            <source>%1: missing "%2"</source>
            <translation>%1：缺少“%2”</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="69" />
            <source>%1: "%2" must be a non-empty string</source>
            <translation>%1：“%2”必须是非空字符串</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="79" />
            <source>%1: "%2" must be a number from %3 to %4</source>
            <translation>%1：“%2”必须是 %3 到 %4 之间的数字</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="99" />
            <source>%1: "playback": %2</source>
            <translation>%1：“playback”：%2</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="102" />
            <source>%1: duplicate id "%2"</source>
            <translation>%1：重复的 id“%2”</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="106" />
            <source>%1: "transport" must be "tcp" or "udp"</source>
            <translation>%1：“transport”必须是“tcp”或“udp”</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="109" />
            <source>%1: not a valid URL: %2</source>
            <translation>%1：无效的 URL：%2</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraFile.cpp" line="130" />
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>wf::wall::CameraRegister</name>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="54" />
            <source>Another Watchfloor is preparing the camera register…</source>
            <translation>另一个 Watchfloor 正在准备摄像头台账…</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="68" />
            <source>Preparing the province's camera register…</source>
            <translation>正在准备全省摄像头台账…</translation>
        </message>
        <message>
            <location filename="../../ui/wall/CameraRegister.cpp" line="110" />
            <location filename="../../ui/wall/CameraRegister.cpp" line="128" />
            <source>The camera register could not be prepared: %1</source>
            <translation>无法准备摄像头台账：%1</translation>
        </message>
    </context>
    <context>
        <name>wf::wall::HlsTimeline</name>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="46" />
            <source>the playlist is larger than %1 MB</source>
            <translation>播放列表大于 %1 MB</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="67" />
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="70" />
            <source>not an HLS playlist (it does not start with #EXTM3U)</source>
            <translation>不是 HLS 播放列表（未以 #EXTM3U 开头）</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="75" />
            <source>a master playlist (a list of variants): give the recording's media playlist</source>
            <translation>这是主播放列表（码流列表）：请给出录像的媒体播放列表</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="82" />
            <source>a segment duration must be a number of seconds from 0 to %1</source>
            <translation>分片时长必须是 0 到 %1 之间的秒数</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="88" />
            <source>a time before 1970</source>
            <translation>早于 1970 年的时间</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="90" />
            <source>not a date and time with a zone: %1</source>
            <translation>不是带时区的日期时间：%1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="97" />
            <source>a segment without #EXTINF</source>
            <translation>分片缺少 #EXTINF</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="99" />
            <source>more than %1 segments</source>
            <translation>分片超过 %1 个</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="123" />
            <source>not an HLS playlist (it is empty)</source>
            <translation>不是 HLS 播放列表（内容为空）</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="125" />
            <source>the playlist has no segments</source>
            <translation>播放列表没有分片</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="127" />
            <source>the playlist has no EXT-X-PROGRAM-DATE-TIME, so its video cannot be put on the clock</source>
            <translation>播放列表没有 EXT-X-PROGRAM-DATE-TIME，无法将其视频对应到时钟</translation>
        </message>
        <message>
            <location filename="../../ui/wall/HlsTimeline.cpp" line="135" />
            <source>segment %1 was filmed before the one before it</source>
            <translation>第 %1 个分片的拍摄时间早于前一个分片</translation>
        </message>
    </context>
    <context>
        <name>wf::wall::RecordedPlayer</name>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="47" />
            <source>No playback clock</source>
            <translation>没有回放时钟</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="71" />
            <source>Paused at %1</source>
            <translation>暂停于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="74" />
            <source>No recording at %1; recorded %2–%3</source>
            <translation>%1 无录像；录像时段 %2–%3</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="77" />
            <source>No recording at %1</source>
            <translation>%1 无录像</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="90" />
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="121" />
            <source>Cannot read the recording's playlist: %1</source>
            <translation>无法读取录像播放列表：%1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="97" />
            <source>A recording without {start} must be an HLS playlist (http, https or a file)</source>
            <translation>不含 {start} 的录像地址必须是 HLS 播放列表（http、https 或文件）</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="117" />
            <source>The recording's playlist is larger than %1</source>
            <translation>录像播放列表大于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="133" />
            <source>The recording's playlist: %1</source>
            <translation>录像播放列表：%1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="168" />
            <source>Cannot play the recording</source>
            <translation>无法播放录像</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="172" />
            <source>Unsupported or unreachable recording</source>
            <translation>录像格式不支持或无法访问</translation>
        </message>
        <message>
            <location filename="../../ui/wall/RecordedPlayer.cpp" line="247" />
            <source>No picture from the recording within %1 s</source>
            <translation>录像在 %1 秒内没有画面</translation>
        </message>
    </context>
    <context>
        <name>wf::wall::VideoReceiver</name>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="185" />
            <source>No answer within %1 s</source>
            <translation>%1 秒内无应答</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="186" />
            <source>Cannot open the stream: %1</source>
            <translation>无法打开视频流：%1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="194" />
            <source>No picture within %1 s</source>
            <translation>%1 秒内无图像</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="195" />
            <source>Cannot read the stream: %1</source>
            <translation>无法读取视频流：%1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="201" />
            <location filename="../../ui/wall/VideoReceiver.cpp" line="208" />
            <source>The stream has no video we can decode</source>
            <translation>视频流中没有可解码的视频</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="218" />
            <source>Cannot decode the stream: %1</source>
            <translation>无法解码视频流：%1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="241" />
            <source>The stream ended</source>
            <translation>视频流已结束</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="243" />
            <source>No data for %1 s</source>
            <translation>%1 秒未收到数据</translation>
        </message>
        <message>
            <location filename="../../ui/wall/VideoReceiver.cpp" line="245" />
            <source>Connection lost: %1</source>
            <translation>连接中断：%1</translation>
        </message>
    </context>
    <context>
        <name>wf::wall::WallPlayer</name>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="254" />
            <source>Recorded %1</source>
            <translation>录制于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="321" />
            <source>No playback clock</source>
            <translation>没有回放时钟</translation>
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="338" />
            <source>Invalid address: %1</source>
            <translation>地址无效：%1</translation>
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="372" />
            <source>Playback error</source>
            <translation>播放错误</translation>
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="379" />
            <source>The stream ended</source>
            <translation>视频流已结束</translation>
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="381" />
            <source>Unsupported or unreachable stream</source>
            <translation>不支持或无法访问的视频流</translation>
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="558" />
            <source>No picture for %1 s</source>
            <translation>%1 秒无画面</translation>
        </message>
        <message>
            <location filename="../../ui/wall/WallPlayer.cpp" line="559" />
            <source>No picture within %1 s of connecting</source>
            <translation>连接后 %1 秒内无画面</translation>
        </message>
    </context>
</TS>
