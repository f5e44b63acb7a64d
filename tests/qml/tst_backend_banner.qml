import QtQuick
import QtTest
import Watchfloor.Theme
import Watchfloor.Ui
import Watchfloor.Testing

// The backend band: absent in a training shift on the built-in world; in a live session a red
// LIVE band naming the broker, the role and the namespace, and a refusal in words.
TestCase {
    id: testCase
    name: "BackendBanner"
    when: windowShown
    width: 1200
    height: 200

    Component {
        id: bannerComponent
        BackendBanner { width: 1200 }
    }

    function test_trainingOnTheBuiltInWorldShowsNoBackend() {
        const bar = createTemporaryObject(bannerComponent, testCase, { session: TestFixture.session })
        verify(bar)
        verify(!bar.shown)
        compare(bar.implicitHeight, 0)
    }

    function test_liveShowsBrokerRoleNamespaceAndRefusal() {
        TestFixture.setBackend("connected", "", 0)
        const bar = createTemporaryObject(bannerComponent, testCase, { session: TestFixture.liveSession })
        verify(bar)
        verify(bar.shown)
        verify(bar.implicitHeight > 0)
        verify(bar.live)
        verify(Qt.colorEqual(bar.color, Theme.live) && !Qt.colorEqual(bar.color, Theme.training))
        verify(bar.summary.indexOf("broker.example:8883") >= 0)
        verify(bar.summary.indexOf("dispatcher") >= 0)
        verify(bar.summary.indexOf("live") >= 0)
        verify(bar.healthy)
        TestFixture.setBackend("refused", "the broker refused the user name or password", 2)
        verify(!bar.healthy)
        verify(bar.summary.indexOf("the broker refused the user name or password") >= 0, bar.summary)
    }
}
