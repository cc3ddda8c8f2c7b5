# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contingents_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.widgets import RegisterTable

class Ui_ContingentsView(object):
    def setupUi(self, ContingentsView):
        if not ContingentsView.objectName():
            ContingentsView.setObjectName(u"ContingentsView")
        ContingentsView.resize(1100, 600)
        self.contingentsLayout = QVBoxLayout(ContingentsView)
        self.contingentsLayout.setObjectName(u"contingentsLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(ContingentsView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ContingentsView)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.statusCombo)

        self.countLabel = QLabel(ContingentsView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.PlainText)

        self.filterLayout.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.newButton = QPushButton(ContingentsView)
        self.newButton.setObjectName(u"newButton")

        self.filterLayout.addWidget(self.newButton)

        self.openButton = QPushButton(ContingentsView)
        self.openButton.setObjectName(u"openButton")

        self.filterLayout.addWidget(self.openButton)

        self.refreshButton = QPushButton(ContingentsView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterLayout.addWidget(self.refreshButton)


        self.contingentsLayout.addLayout(self.filterLayout)

        self.contingentsTable = RegisterTable(ContingentsView)
        self.contingentsTable.setObjectName(u"contingentsTable")
        self.contingentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.contingentsTable.setAlternatingRowColors(True)
        self.contingentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.contingentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contingentsTable.setWordWrap(False)

        self.contingentsLayout.addWidget(self.contingentsTable)

        self.messageLabel = QLabel(ContingentsView)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.contingentsLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contingentsTable, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.refreshButton)

        self.retranslateUi(ContingentsView)

        QMetaObject.connectSlotsByName(ContingentsView)
    # setupUi

    def retranslateUi(self, ContingentsView):
        ContingentsView.setWindowTitle(QCoreApplication.translate("ContingentsView", u"Contingents", None))
        self.statusLabel.setText(QCoreApplication.translate("ContingentsView", u"S&tatus", None))
        self.newButton.setText(QCoreApplication.translate("ContingentsView", u"&New contingent\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ContingentsView", u"&Open", None))
        self.refreshButton.setText(QCoreApplication.translate("ContingentsView", u"&Refresh", None))
    # retranslateUi

