# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contingent_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.widgets import RegisterTable

class Ui_ContingentWindow(object):
    def setupUi(self, ContingentWindow):
        if not ContingentWindow.objectName():
            ContingentWindow.setObjectName(u"ContingentWindow")
        ContingentWindow.resize(1180, 720)
        self.windowLayout = QVBoxLayout(ContingentWindow)
        self.windowLayout.setObjectName(u"windowLayout")
        self.headerFrame = QFrame(ContingentWindow)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerFrame.setFrameShape(QFrame.StyledPanel)
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setObjectName(u"headerLayout")
        self.factsLayout = QVBoxLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.titleLabel = QLabel(self.headerFrame)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.PlainText)
        self.titleLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.addWidget(self.titleLabel)

        self.factsLabel = QLabel(self.headerFrame)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setTextFormat(Qt.PlainText)
        self.factsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.addWidget(self.factsLabel)


        self.headerLayout.addLayout(self.factsLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLayout = QVBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countLabel = QLabel(self.headerFrame)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.PlainText)

        self.countLayout.addWidget(self.countLabel)

        self.revisionLabel = QLabel(self.headerFrame)
        self.revisionLabel.setObjectName(u"revisionLabel")
        self.revisionLabel.setTextFormat(Qt.PlainText)

        self.countLayout.addWidget(self.revisionLabel)


        self.headerLayout.addLayout(self.countLayout)


        self.windowLayout.addWidget(self.headerFrame)

        self.stateLabel = QLabel(ContingentWindow)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.PlainText)
        self.stateLabel.setWordWrap(True)

        self.windowLayout.addWidget(self.stateLabel)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.addLabel = QLabel(ContingentWindow)
        self.addLabel.setObjectName(u"addLabel")
        self.addLabel.setTextFormat(Qt.PlainText)

        self.addLayout.addWidget(self.addLabel)

        self.addEdit = QLineEdit(ContingentWindow)
        self.addEdit.setObjectName(u"addEdit")
        self.addEdit.setClearButtonEnabled(True)
        self.addEdit.setMinimumSize(QSize(380, 0))

        self.addLayout.addWidget(self.addEdit)

        self.addButton = QPushButton(ContingentWindow)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)


        self.windowLayout.addLayout(self.addLayout)

        self.addMessage = QLabel(ContingentWindow)
        self.addMessage.setObjectName(u"addMessage")
        self.addMessage.setTextFormat(Qt.PlainText)
        self.addMessage.setWordWrap(True)

        self.windowLayout.addWidget(self.addMessage)

        self.peopleTable = RegisterTable(ContingentWindow)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleTable.setWordWrap(False)

        self.windowLayout.addWidget(self.peopleTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.removeButton = QPushButton(ContingentWindow)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.moveButton = QPushButton(ContingentWindow)
        self.moveButton.setObjectName(u"moveButton")

        self.buttonLayout.addWidget(self.moveButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.finalizeButton = QPushButton(ContingentWindow)
        self.finalizeButton.setObjectName(u"finalizeButton")

        self.buttonLayout.addWidget(self.finalizeButton)

        self.reopenButton = QPushButton(ContingentWindow)
        self.reopenButton.setObjectName(u"reopenButton")

        self.buttonLayout.addWidget(self.reopenButton)

        self.departedButton = QPushButton(ContingentWindow)
        self.departedButton.setObjectName(u"departedButton")

        self.buttonLayout.addWidget(self.departedButton)

        self.manifestButton = QPushButton(ContingentWindow)
        self.manifestButton.setObjectName(u"manifestButton")

        self.buttonLayout.addWidget(self.manifestButton)

        self.slipsButton = QPushButton(ContingentWindow)
        self.slipsButton.setObjectName(u"slipsButton")

        self.buttonLayout.addWidget(self.slipsButton)


        self.windowLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(ContingentWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.windowLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.addLabel.setBuddy(self.addEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.addEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.peopleTable)
        QWidget.setTabOrder(self.peopleTable, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.finalizeButton)
        QWidget.setTabOrder(self.finalizeButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.departedButton)
        QWidget.setTabOrder(self.departedButton, self.manifestButton)
        QWidget.setTabOrder(self.manifestButton, self.slipsButton)

        self.retranslateUi(ContingentWindow)

        QMetaObject.connectSlotsByName(ContingentWindow)
    # setupUi

    def retranslateUi(self, ContingentWindow):
        ContingentWindow.setWindowTitle(QCoreApplication.translate("ContingentWindow", u"Contingent", None))
        self.addLabel.setText(QCoreApplication.translate("ContingentWindow", u"&Add person", None))
        self.addEdit.setPlaceholderText(QCoreApplication.translate("ContingentWindow", u"CNIC or passport no. in any form, or scan the passport", None))
        self.addButton.setText(QCoreApplication.translate("ContingentWindow", u"A&dd", None))
        self.removeButton.setText(QCoreApplication.translate("ContingentWindow", u"&Remove", None))
        self.moveButton.setText(QCoreApplication.translate("ContingentWindow", u"Mo&ve to\u2026", None))
        self.finalizeButton.setText(QCoreApplication.translate("ContingentWindow", u"&Finalize\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("ContingentWindow", u"Re&open\u2026", None))
        self.departedButton.setText(QCoreApplication.translate("ContingentWindow", u"Mark de&parted\u2026", None))
        self.manifestButton.setText(QCoreApplication.translate("ContingentWindow", u"&Manifest\u2026", None))
        self.slipsButton.setText(QCoreApplication.translate("ContingentWindow", u"Print s&lips\u2026", None))
    # retranslateUi

