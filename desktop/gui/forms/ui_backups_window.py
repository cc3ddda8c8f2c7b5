# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.gui.widgets import RegisterTable

class Ui_BackupsWindow(object):
    def setupUi(self, BackupsWindow):
        if not BackupsWindow.objectName():
            BackupsWindow.setObjectName(u"BackupsWindow")
        BackupsWindow.resize(820, 420)
        self.windowLayout = QVBoxLayout(BackupsWindow)
        self.windowLayout.setObjectName(u"windowLayout")
        self.folderLabel = QLabel(BackupsWindow)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextFormat(Qt.PlainText)
        self.folderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.windowLayout.addWidget(self.folderLabel)

        self.backupsTable = RegisterTable(BackupsWindow)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsTable.setWordWrap(False)

        self.windowLayout.addWidget(self.backupsTable)

        self.messageLabel = QLabel(BackupsWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.windowLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.backUpButton = QPushButton(BackupsWindow)
        self.backUpButton.setObjectName(u"backUpButton")

        self.buttonsLayout.addWidget(self.backUpButton)

        self.openFolderButton = QPushButton(BackupsWindow)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonsLayout.addWidget(self.openFolderButton)

        self.refreshButton = QPushButton(BackupsWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonsLayout.addWidget(self.refreshButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.restoreButton = QPushButton(BackupsWindow)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)


        self.windowLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.backupsTable, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.restoreButton)

        self.retranslateUi(BackupsWindow)

        QMetaObject.connectSlotsByName(BackupsWindow)
    # setupUi

    def retranslateUi(self, BackupsWindow):
        BackupsWindow.setWindowTitle(QCoreApplication.translate("BackupsWindow", u"Backups", None))
        self.backUpButton.setText(QCoreApplication.translate("BackupsWindow", u"&Back up now", None))
        self.openFolderButton.setText(QCoreApplication.translate("BackupsWindow", u"&Open folder", None))
        self.refreshButton.setText(QCoreApplication.translate("BackupsWindow", u"Re&fresh", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsWindow", u"&Restore\u2026", None))
    # retranslateUi

