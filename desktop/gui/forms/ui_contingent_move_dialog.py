# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contingent_move_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ContingentMoveDialog(object):
    def setupUi(self, ContingentMoveDialog):
        if not ContingentMoveDialog.objectName():
            ContingentMoveDialog.setObjectName(u"ContingentMoveDialog")
        ContingentMoveDialog.resize(480, 180)
        self.dialogLayout = QVBoxLayout(ContingentMoveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ContingentMoveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.targetLabel = QLabel(ContingentMoveDialog)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setWordWrap(True)
        self.targetLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.targetLabel)

        self.targetCombo = QComboBox(ContingentMoveDialog)
        self.targetCombo.setObjectName(u"targetCombo")

        self.dialogLayout.addWidget(self.targetCombo)

        self.messageLabel = QLabel(ContingentMoveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ContingentMoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.targetCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.targetCombo, self.buttonBox)

        self.retranslateUi(ContingentMoveDialog)

        QMetaObject.connectSlotsByName(ContingentMoveDialog)
    # setupUi

    def retranslateUi(self, ContingentMoveDialog):
        ContingentMoveDialog.setWindowTitle(QCoreApplication.translate("ContingentMoveDialog", u"Move to another contingent", None))
        self.targetLabel.setText(QCoreApplication.translate("ContingentMoveDialog", u"&Move to", None))
    # retranslateUi

