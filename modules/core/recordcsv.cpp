#include "core/recordcsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ioc::core {

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        QString field = fields.at(i);
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        line += field.toUtf8();
    }
    line += "\r\n";
    return line;
}

qint64 writeRecordsCsv(const SqliteFile &mirror, const QStringList &collections,
    const QList<RecordTableModel::PropertyColumn> &columns, const QString &filter,
    const QString &path, QString *error)
{
    // The browser's own model, made on this thread: same columns, labels and filter.
    RecordTableModel model(mirror, collections);
    model.setPropertyColumns(columns);
    model.setFilterText(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ioc::core::RecordCsv", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return -1;
    }
    file.write(kUtf8Bom);
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    file.write(csvLine(header));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < model.columnCount(); ++c)
            fields.append(model.data(model.index(r, c)).toString());
        file.write(csvLine(fields));
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ioc::core::RecordCsv", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return -1;
    }
    return model.rowCount();
}

} // namespace ioc::core
