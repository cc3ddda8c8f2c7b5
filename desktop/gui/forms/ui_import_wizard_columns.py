# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_columns.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizardPage)

from desktop.gui.widgets import DateEdit

class Ui_ImportWizardColumnsPage(object):
    def setupUi(self, ImportWizardColumnsPage):
        if not ImportWizardColumnsPage.objectName():
            ImportWizardColumnsPage.setObjectName(u"ImportWizardColumnsPage")
        self.columnsPageLayout = QVBoxLayout(ImportWizardColumnsPage)
        self.columnsPageLayout.setObjectName(u"columnsPageLayout")
        self.columnsLabel = QLabel(ImportWizardColumnsPage)
        self.columnsLabel.setObjectName(u"columnsLabel")

        self.columnsPageLayout.addWidget(self.columnsLabel)

        self.columnsTable = QTableWidget(ImportWizardColumnsPage)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.columnsTable.setTabKeyNavigation(False)
        self.columnsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.columnsTable.setWordWrap(False)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.columnsPageLayout.addWidget(self.columnsTable)

        self.defaultsBox = QGroupBox(ImportWizardColumnsPage)
        self.defaultsBox.setObjectName(u"defaultsBox")
        self.defaultsLayout = QGridLayout(self.defaultsBox)
        self.defaultsLayout.setObjectName(u"defaultsLayout")
        self.defaultsLayout.setVerticalSpacing(4)
        self.departureDateLabel = QLabel(self.defaultsBox)
        self.departureDateLabel.setObjectName(u"departureDateLabel")

        self.defaultsLayout.addWidget(self.departureDateLabel, 0, 0, 1, 1)

        self.departureDateEdit = DateEdit(self.defaultsBox)
        self.departureDateEdit.setObjectName(u"departureDateEdit")

        self.defaultsLayout.addWidget(self.departureDateEdit, 0, 1, 1, 1)

        self.destinationLabel = QLabel(self.defaultsBox)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.defaultsLayout.addWidget(self.destinationLabel, 0, 2, 1, 1)

        self.destinationCombo = QComboBox(self.defaultsBox)
        self.destinationCombo.setObjectName(u"destinationCombo")
        self.destinationCombo.setEditable(True)

        self.defaultsLayout.addWidget(self.destinationCombo, 0, 3, 1, 1)

        self.tradeLabel = QLabel(self.defaultsBox)
        self.tradeLabel.setObjectName(u"tradeLabel")

        self.defaultsLayout.addWidget(self.tradeLabel, 1, 0, 1, 1)

        self.tradeEdit = QLineEdit(self.defaultsBox)
        self.tradeEdit.setObjectName(u"tradeEdit")

        self.defaultsLayout.addWidget(self.tradeEdit, 1, 1, 1, 1)

        self.channelLabel = QLabel(self.defaultsBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.defaultsLayout.addWidget(self.channelLabel, 1, 2, 1, 1)

        self.channelCombo = QComboBox(self.defaultsBox)
        self.channelCombo.setObjectName(u"channelCombo")

        self.defaultsLayout.addWidget(self.channelCombo, 1, 3, 1, 1)

        self.oepLicenceNoLabel = QLabel(self.defaultsBox)
        self.oepLicenceNoLabel.setObjectName(u"oepLicenceNoLabel")

        self.defaultsLayout.addWidget(self.oepLicenceNoLabel, 2, 0, 1, 1)

        self.oepLicenceNoEdit = QLineEdit(self.defaultsBox)
        self.oepLicenceNoEdit.setObjectName(u"oepLicenceNoEdit")

        self.defaultsLayout.addWidget(self.oepLicenceNoEdit, 2, 1, 1, 1)

        self.nationalityLabel = QLabel(self.defaultsBox)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.defaultsLayout.addWidget(self.nationalityLabel, 2, 2, 1, 1)

        self.nationalityEdit = QLineEdit(self.defaultsBox)
        self.nationalityEdit.setObjectName(u"nationalityEdit")

        self.defaultsLayout.addWidget(self.nationalityEdit, 2, 3, 1, 1)

        self.contingentLabel = QLabel(self.defaultsBox)
        self.contingentLabel.setObjectName(u"contingentLabel")

        self.defaultsLayout.addWidget(self.contingentLabel, 3, 0, 1, 1)

        self.contingentCombo = QComboBox(self.defaultsBox)
        self.contingentCombo.setObjectName(u"contingentCombo")

        self.defaultsLayout.addWidget(self.contingentCombo, 3, 1, 1, 3)


        self.columnsPageLayout.addWidget(self.defaultsBox)

        self.mappingMessage = QLabel(ImportWizardColumnsPage)
        self.mappingMessage.setObjectName(u"mappingMessage")
        self.mappingMessage.setWordWrap(True)
        self.mappingMessage.setTextFormat(Qt.PlainText)

        self.columnsPageLayout.addWidget(self.mappingMessage)

#if QT_CONFIG(shortcut)
        self.columnsLabel.setBuddy(self.columnsTable)
        self.departureDateLabel.setBuddy(self.departureDateEdit)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.tradeLabel.setBuddy(self.tradeEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.oepLicenceNoLabel.setBuddy(self.oepLicenceNoEdit)
        self.nationalityLabel.setBuddy(self.nationalityEdit)
        self.contingentLabel.setBuddy(self.contingentCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.columnsTable, self.departureDateEdit)
        QWidget.setTabOrder(self.departureDateEdit, self.destinationCombo)
        QWidget.setTabOrder(self.destinationCombo, self.tradeEdit)
        QWidget.setTabOrder(self.tradeEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.oepLicenceNoEdit)
        QWidget.setTabOrder(self.oepLicenceNoEdit, self.nationalityEdit)
        QWidget.setTabOrder(self.nationalityEdit, self.contingentCombo)

        self.retranslateUi(ImportWizardColumnsPage)

        QMetaObject.connectSlotsByName(ImportWizardColumnsPage)
    # setupUi

    def retranslateUi(self, ImportWizardColumnsPage):
        ImportWizardColumnsPage.setTitle(QCoreApplication.translate("ImportWizardColumnsPage", u"Match the columns", None))
        ImportWizardColumnsPage.setSubTitle(QCoreApplication.translate("ImportWizardColumnsPage", u"Say which field each column of the list fills, and give values for fields the list does not have.", None))
        self.columnsLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"Colu&mns of the list", None))
        self.defaultsBox.setTitle(QCoreApplication.translate("ImportWizardColumnsPage", u"Values for every row (for fields the list lacks, or its empty cells)", None))
        self.departureDateLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"&Departure date", None))
        self.destinationLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"De&stination", None))
        self.tradeLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"&Trade / profession", None))
        self.channelLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"C&hannel", None))
        self.oepLicenceNoLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"&OEP licence no.", None))
        self.nationalityLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"Nationa&lity", None))
        self.contingentLabel.setText(QCoreApplication.translate("ImportWizardColumnsPage", u"Into contin&gent", None))
    # retranslateUi

