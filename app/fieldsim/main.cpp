// watchfloor-fieldsim: the training world as the field of an MQTT 5 broker. The same training
// connector the workstation embeds runs here, and its units, checkpoints, cameras and plate
// readers speak docs/protocol.md in the training namespace; workstations started with
// "--backend mqtts://trainee@host:port" (without --live) train against it, several of them in
// one exercise.
#include "BrokerCommandLine.h"
#include "ConnectorHost.h"
#include "ConnectorSettings.h"
#include "EventBus.h"
#include "FieldSim.h"
#include "TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "watchfloor-fieldsim: %s\nTry 'watchfloor-fieldsim --help'.\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchfloor-fieldsim"));
    if (const auto refused = wf::BrokerCommandLine::passwordArgumentError(app.arguments());
        !refused.isEmpty())
        return usageError(refused);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Runs the Watchfloor training world as the field of an MQTT 5 broker: simulated units receive\n"
        "orders, acknowledge, move and report, plate readers report reads, all in the broker's training\n"
        "namespace. The password comes from --password-file, the environment variable\n"
        "WATCHFLOOR_BACKEND_PASSWORD, or is asked for on the terminal."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const wf::BrokerCommandLine broker(
        QStringLiteral("The broker: mqtts://user@host:port (an account with the fieldsim role)."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QStringLiteral("Play a training scenario (built-in id or JSON file); default: a free shift."),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the simulated world (default 1)."), QStringLiteral("N"));
    const QCommandLineOption units(QStringLiteral("units"),
        QStringLiteral("Mobile units of a free shift (default 60, as the workstation's)."),
        QStringLiteral("N"));
    const QCommandLineOption incidents(QStringLiteral("incidents-per-hour"),
        QStringLiteral("Background incidents of a free shift (default 40)."), QStringLiteral("N"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Simulated seconds per wall-clock second (default 1)."), QStringLiteral("X"));
    const QCommandLineOption debrief(QStringLiteral("debrief"),
        QStringLiteral("Where the exercise's score report is saved when it ends."), QStringLiteral("FILE"));
    const QCommandLineOption plugins(QStringLiteral("plugin-dir"),
        QStringLiteral("Where the training connector plugin is (default: beside the program)."),
        QStringLiteral("DIR"));
    p.addOptions({ help, scenario, seed, units, incidents, speed, debrief, plugins });
    broker.addTo(&p);
    if (!p.parse(app.arguments()))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!broker.backendGiven(p))
        return usageError(QStringLiteral("--backend mqtts://user@host:port is required"));
    auto number = [&](const QCommandLineOption &o, double lo, double hi, double fallback, double *out) {
        if (!p.isSet(o)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = p.value(o).toDouble(&ok);
        return ok && *out >= lo && *out <= hi;
    };
    double seedValue = 1, unitCount = 60, incidentRate = 40, scale = 1;
    if (!number(seed, 0, 9007199254740992.0, 1, &seedValue) || seedValue != std::floor(seedValue))
        return usageError(QStringLiteral("--seed must be a whole number, not '%1'").arg(p.value(seed)));
    if (!number(units, 1, 100000, 60, &unitCount) || unitCount != std::floor(unitCount))
        return usageError(QStringLiteral("--units must be a whole number from 1 to 100000"));
    if (!number(incidents, 0, 10000, 40, &incidentRate))
        return usageError(QStringLiteral("--incidents-per-hour must be a number from 0 to 10000"));
    if (!number(speed, 0.01, 1000, 1, &scale))
        return usageError(
            QStringLiteral("--speed must be a number from 0.01 to 1000, not '%1'").arg(p.value(speed)));

    QString error;
    const auto brokerOptions = wf::mqtt::brokerOptions(broker.settings(p), &error);
    if (!brokerOptions)
        return usageError(error);

    QVariantMap simSettings { { QStringLiteral("seed"), quint64(seedValue) },
        { QStringLiteral("units"), int(unitCount) }, { QStringLiteral("incidents_per_hour"), incidentRate } };
    if (p.isSet(scenario))
        simSettings.insert(QStringLiteral("scenario"), p.value(scenario));
    if (p.isSet(debrief))
        simSettings.insert(QStringLiteral("debrief"), p.value(debrief));

    wf::EventBus bus;
    wf::ConnectorHost host(&bus, true);
    host.discover(p.isSet(plugins)
            ? p.value(plugins)
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../plugins/watchfloor")));
    if (!host.available().contains(QStringLiteral("sim")))
        return usageError(QStringLiteral("the training connector plugin was not found (%1)")
                .arg(host.loadErrors().join(u"; ")));
    wf::fieldsim::FieldSim field(&bus, &host, *brokerOptions, simSettings);
    int exitCode = 0;
    QObject::connect(&field, &wf::fieldsim::FieldSim::running, &app, [&] {
        host.setTimeScale(scale);
        std::printf("watchfloor-fieldsim: exercise running at %s (training namespace), %g× real time\n",
            qPrintable(brokerOptions->brokerText()), scale);
        std::fflush(stdout);
    });
    QObject::connect(&field, &wf::fieldsim::FieldSim::failed, &app, [&](const QString &why) {
        std::fprintf(stderr, "watchfloor-fieldsim: %s\n", qPrintable(why));
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&field, &wf::fieldsim::FieldSim::ended, &app, [&](const QString &report) {
        const auto o = QJsonDocument::fromJson(report.toUtf8()).object();
        std::printf("watchfloor-fieldsim: the exercise ended: %s\n",
            QJsonDocument(o).toJson(QJsonDocument::Compact).left(2000).constData());
        app.quit();
    });

    // Ctrl+C and SIGTERM end the exercise cleanly (retained state removed).
    wf::TerminationSignals termination;
    QObject::connect(&termination, &wf::TerminationSignals::received, &app, &QCoreApplication::quit);

    if (!field.start(&error)) {
        std::fprintf(stderr, "watchfloor-fieldsim: %s\n", qPrintable(error));
        return 1;
    }
    app.exec();
    const auto c = field.counts();
    field.stop();
    std::printf("watchfloor-fieldsim: %lld messages published, %d orders (%d repeated), %d refused\n",
        static_cast<long long>(c.published), c.orders, c.repeatedOrders, c.refused);
    return exitCode;
}
