# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'no_shows_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_NoShowsDialog(object):
    def setupUi(self, NoShowsDialog):
        if not NoShowsDialog.objectName():
            NoShowsDialog.setObjectName(u"NoShowsDialog")
        NoShowsDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(NoShowsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NoShowsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.filterEdit = QLineEdit(NoShowsDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.filterEdit)

        self.peopleTable = QTableWidget(NoShowsDialog)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.peopleTable)

        self.countLabel = QLabel(NoShowsDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)
        self.countLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.countLabel)

        self.messageLabel = QLabel(NoShowsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(NoShowsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.filterEdit, self.peopleTable)
        QWidget.setTabOrder(self.peopleTable, self.buttonBox)

        self.retranslateUi(NoShowsDialog)

        QMetaObject.connectSlotsByName(NoShowsDialog)
    # setupUi

    def retranslateUi(self, NoShowsDialog):
        NoShowsDialog.setWindowTitle(QCoreApplication.translate("NoShowsDialog", u"Mark departed", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("NoShowsDialog", u"Find in the list: CNIC, passport no. or name", None))
    # retranslateUi

