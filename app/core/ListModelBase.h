#pragma once

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace wf {

// The QObject part of every world model: QML needs a count that notifies, and QML tooling
// needs each model's direct base to be a QObject class it knows (not a template).
class ListModelBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    virtual int count() const = 0;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }

signals:
    void countChanged();

private:
    template<typename, typename> friend class KeyedRows;
};

} // namespace wf
