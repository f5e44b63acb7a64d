<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>CameraWall</name>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="19" />
            <source>Camera wall</source>
            <translation>视频墙</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/CameraWall.qml" line="20" />
            <source>%n cameras</source>
            <translation>
                <numerusform>%n 路摄像头</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="43" />
            <source>No video source yet</source>
            <translation>暂无视频源</translation>
        </message>
        <message>
            <location filename="../../ui/qml/CameraWall.qml" line="60" />
            <source>No cameras known yet</source>
            <translation>暂无摄像头</translation>
        </message>
    </context>
    <context>
        <name>EventList</name>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="18" />
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="19" />
            <source>%L1 position fixes</source>
            <translation>%L1 个定位</translation>
        </message>
        <message>
            <location filename="../../ui/qml/EventList.qml" line="53" />
            <source>Nothing has happened yet</source>
            <translation>暂无事件</translation>
        </message>
    </context>
    <context>
        <name>EventLog</name>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="13" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="15" />
            <location filename="../../ui/EventLogModel.cpp" line="34" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="17" />
            <location filename="../../ui/EventLogModel.cpp" line="36" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="19" />
            <source>off duty</source>
            <translation>下岗</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="28" />
            <source>issued</source>
            <translation>已下达</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="30" />
            <source>delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="32" />
            <source>acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="38" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="40" />
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="42" />
            <source>no answer</source>
            <translation>无应答</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="50" />
            <source>pickpocketing</source>
            <translation>扒窃</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="52" />
            <source>theft</source>
            <translation>盗窃</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="54" />
            <source>traffic accident</source>
            <translation>交通事故</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="56" />
            <source>dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="64" />
            <source>Unit %1 on shift</source>
            <translation>警力 %1 上岗</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="68" />
            <source>Unit %1 position</source>
            <translation>警力 %1 位置</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="72" />
            <source>Unit %1 is %2</source>
            <translation>警力 %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="76" />
            <source>Camera %1 online</source>
            <translation>摄像头 %1 上线</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="80" />
            <source>Site %1 registered</source>
            <translation>站点 %1 已登记</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="84" />
            <source>Incident %1: %2</source>
            <translation>警情 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="88" />
            <source>Incident %1 closed</source>
            <translation>警情 %1 已结案</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="92" />
            <source>Congestion %1 cleared</source>
            <translation>拥堵 %1 已疏通</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="93" />
            <source>Congestion %1 reported</source>
            <translation>拥堵 %1 上报</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="97" />
            <source>Order %1 to %2: %3</source>
            <translation>指令 %1 下达给 %2：%3</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="101" />
            <source>Order %1 %2</source>
            <translation>指令 %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="108" />
            <source>Cordon %1 set</source>
            <translation>封控圈 %1 已设置</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="112" />
            <source>Cordon %1 lifted</source>
            <translation>封控圈 %1 已解除</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="116" />
            <source>ALERT %1</source>
            <translation>警情 %1</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="120" />
            <source>Alert %1 acknowledged</source>
            <translation>警情 %1 已确认</translation>
        </message>
        <message>
            <location filename="../../ui/EventLogModel.cpp" line="124" />
            <source>Operator %1: %2</source>
            <translation>操作员 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/qml/Main.qml" line="21" />
            <source>Watchfloor — TRAINING</source>
            <translation>Watchfloor 指挥席 — 训练模式</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="21" />
            <source>Watchfloor</source>
            <translation>Watchfloor 指挥席</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="26" />
            <source>No available unit to send</source>
            <translation>没有可派遣的警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="30" />
            <source>Order %1 sent to %2</source>
            <translation>指令 %1 已发送给 %2</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="52" />
            <source>Right-click the map to send the nearest available unit there</source>
            <translation>右键点击地图，派遣最近的空闲警力前往</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="58" />
            <source>Open incidents: %1</source>
            <translation>未结警情：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="63" />
            <source>Orders: %1</source>
            <translation>指令：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="68" />
            <source>Rejected events: %1</source>
            <translation>被拒事件：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="74" />
            <source>Journal errors: %1</source>
            <translation>日志错误：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/Main.qml" line="75" />
            <source>Journal: %1</source>
            <translation>日志：%1</translation>
        </message>
    </context>
    <context>
        <name>MapDetails</name>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="27" />
            <source>Patrol unit</source>
            <translation>巡逻警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="28" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="29" />
            <source>Checkpoint / station</source>
            <translation>检查站 / 派出所</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="30" />
            <source>Incident</source>
            <translation>警情</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="31" />
            <source>Congestion</source>
            <translation>拥堵</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="37" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="38" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="39" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="41" />
            <source>off duty</source>
            <translation>下岗</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="74" />
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="80" />
            <source>Last fix %1 s ago (stale)</source>
            <translation>最后定位 %1 秒前（已过期）</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="81" />
            <source>Last fix %1 s ago</source>
            <translation>最后定位 %1 秒前</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="87" />
            <source>Heading %1°</source>
            <translation>航向 %1°</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="99" />
            <source>Centre</source>
            <translation>居中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="105" />
            <source>Stop following</source>
            <translation>停止跟随</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapDetails.qml" line="105" />
            <source>Follow</source>
            <translation>跟随</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="40" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="41" />
            <source>Patrol units</source>
            <translation>巡逻警力</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="46" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="48" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="54" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="56" />
            <source>off duty / stale</source>
            <translation>下岗 / 定位过期</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="58" />
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="59" />
            <source>Checkpoints and stations</source>
            <translation>检查站和派出所</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="64" />
            <source>checkpoint</source>
            <translation>检查站</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="66" />
            <source>station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="68" />
            <source>Incidents</source>
            <translation>警情</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapLegend.qml" line="69" />
            <source>Congestion</source>
            <translation>拥堵</translation>
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="317" />
            <source>stale position</source>
            <translation>定位过期</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="319" />
            <source>Unit %1</source>
            <translation>警力 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="320" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="320" />
            <source>Camera %1</source>
            <translation>摄像头 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="322" />
            <source>Incident: %1</source>
            <translation>警情：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="323" />
            <source>Congestion: %1</source>
            <translation>拥堵：%1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="360" />
            <source>Search call sign, camera, place…</source>
            <translation>搜索呼号、摄像头、地名…</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="373" />
            <source>Nothing found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="389" />
            <source>Boundaries: demo data (AMap-derived, converted from GCJ-02), no map approval number · Water: Natural Earth</source>
            <translation>行政边界：演示数据（源自高德，由 GCJ-02 转换），无审图号 · 水系：Natural Earth</translation>
        </message>
        <message>
            <location filename="../../ui/qml/MapPanel.qml" line="399" />
            <source>Zoom %1</source>
            <translation>缩放 %1</translation>
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="17" />
            <source>TRAINING</source>
            <translation>训练模式</translation>
        </message>
        <message>
            <location filename="../../ui/qml/TrainingBanner.qml" line="25" />
            <source>Simulated world: orders go to simulated units only and never reach live forces.</source>
            <translation>模拟环境：指令只发给模拟警力，绝不会下达到实战警力。</translation>
        </message>
    </context>
    <context>
        <name>UnitList</name>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="19" />
            <source>Units</source>
            <translation>警力</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/qml/UnitList.qml" line="20" />
            <source>%n on shift</source>
            <translation>
                <numerusform>%n 个在岗</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="46" />
            <source>Click to centre the map on %1</source>
            <translation>点击将地图居中到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="64" />
            <source>available</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="64" />
            <source>en route</source>
            <translation>途中</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="65" />
            <source>on scene</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="65" />
            <source>off duty</source>
            <translation>下岗</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="71" />
            <source>%1 km/h</source>
            <translation>%1 公里/时</translation>
        </message>
        <message>
            <location filename="../../ui/qml/UnitList.qml" line="80" />
            <source>No units on shift yet</source>
            <translation>暂无在岗警力</translation>
        </message>
    </context>
</TS>
