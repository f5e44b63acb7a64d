#pragma once

#include <QMediaPlayer>
#include <QUrl>

namespace wf::wall {

// Lets go of a QMediaPlayer for good: its signals to owner are cut, and it is stopped *and* given
// an empty source before it is deleted, the pitfall of Qt 6.8 players, which otherwise keep
// decoding (hidden tiles once did). Sets player to null.
inline void disposePlayer(QMediaPlayer *&player, const QObject *owner)
{
    if (!player)
        return;
    player->disconnect(owner);
    player->stop();
    player->setSource(QUrl());
    player->deleteLater();
    player = nullptr;
}

} // namespace wf::wall
