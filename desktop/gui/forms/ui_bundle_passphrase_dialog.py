# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundle_passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_BundlePassphraseDialog(object):
    def setupUi(self, BundlePassphraseDialog):
        if not BundlePassphraseDialog.objectName():
            BundlePassphraseDialog.setObjectName(u"BundlePassphraseDialog")
        BundlePassphraseDialog.resize(460, 200)
        self.dialogLayout = QVBoxLayout(BundlePassphraseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BundlePassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.passphraseLabel = QLabel(BundlePassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")
        self.passphraseLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(BundlePassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.dialogLayout.addWidget(self.passphraseEdit)

        self.messageLabel = QLabel(BundlePassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BundlePassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BundlePassphraseDialog)

        QMetaObject.connectSlotsByName(BundlePassphraseDialog)
    # setupUi

    def retranslateUi(self, BundlePassphraseDialog):
        BundlePassphraseDialog.setWindowTitle(QCoreApplication.translate("BundlePassphraseDialog", u"Sign the bundle", None))
        self.passphraseLabel.setText(QCoreApplication.translate("BundlePassphraseDialog", u"&Passphrase of the office's key", None))
    # retranslateUi

