# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_window.ui'
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

class Ui_UsersWindow(object):
    def setupUi(self, UsersWindow):
        if not UsersWindow.objectName():
            UsersWindow.setObjectName(u"UsersWindow")
        UsersWindow.resize(820, 460)
        self.usersLayout = QVBoxLayout(UsersWindow)
        self.usersLayout.setObjectName(u"usersLayout")
        self.introLabel = QLabel(UsersWindow)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.usersLayout.addWidget(self.introLabel)

        self.usersTable = RegisterTable(UsersWindow)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.usersTable.setWordWrap(False)

        self.usersLayout.addWidget(self.usersTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UsersWindow)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.changeButton = QPushButton(UsersWindow)
        self.changeButton.setObjectName(u"changeButton")

        self.buttonLayout.addWidget(self.changeButton)

        self.activeButton = QPushButton(UsersWindow)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonLayout.addWidget(self.activeButton)

        self.passwordButton = QPushButton(UsersWindow)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonLayout.addWidget(self.passwordButton)

        self.unlockButton = QPushButton(UsersWindow)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(UsersWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonLayout.addWidget(self.refreshButton)


        self.usersLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(UsersWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.usersLayout.addWidget(self.messageLabel)

        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.changeButton)
        QWidget.setTabOrder(self.changeButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.refreshButton)

        self.retranslateUi(UsersWindow)

        QMetaObject.connectSlotsByName(UsersWindow)
    # setupUi

    def retranslateUi(self, UsersWindow):
        UsersWindow.setWindowTitle(QCoreApplication.translate("UsersWindow", u"Users", None))
        self.addButton.setText(QCoreApplication.translate("UsersWindow", u"&Add\u2026", None))
        self.changeButton.setText(QCoreApplication.translate("UsersWindow", u"&Change\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("UsersWindow", u"&Deactivate", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersWindow", u"&Reset password\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersWindow", u"&Unlock", None))
        self.refreshButton.setText(QCoreApplication.translate("UsersWindow", u"Re&fresh", None))
    # retranslateUi

