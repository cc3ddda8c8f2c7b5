# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(800, 600)
        self.outer = QVBoxLayout(LockScreen)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middle.addItem(self.leftSpacer)

        self.lockGroup = QGroupBox(LockScreen)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockGroup.setMinimumSize(QSize(380, 0))
        self.lockLayout = QVBoxLayout(self.lockGroup)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockedLabel = QLabel(self.lockGroup)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setWordWrap(True)
        self.lockedLabel.setTextFormat(Qt.PlainText)

        self.lockLayout.addWidget(self.lockedLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(self.lockGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.lockGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.passwordLabel = QLabel(self.lockGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.lockGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.lockLayout.addLayout(self.fields)

        self.messageLabel = QLabel(self.lockGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.lockLayout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.anotherUserButton = QPushButton(self.lockGroup)
        self.anotherUserButton.setObjectName(u"anotherUserButton")

        self.buttons.addWidget(self.anotherUserButton)

        self.unlockButton = QPushButton(self.lockGroup)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttons.addWidget(self.unlockButton)


        self.lockLayout.addLayout(self.buttons)


        self.middle.addWidget(self.lockGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middle.addItem(self.rightSpacer)


        self.outer.addLayout(self.middle)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.anotherUserButton)

        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.lockGroup.setTitle(QCoreApplication.translate("LockScreen", u"Rawangi is locked", None))
        self.nameLabel.setText(QCoreApplication.translate("LockScreen", u"&User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password", None))
        self.anotherUserButton.setText(QCoreApplication.translate("LockScreen", u"Ano&ther user", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Sign in", None))
        pass
    # retranslateUi

