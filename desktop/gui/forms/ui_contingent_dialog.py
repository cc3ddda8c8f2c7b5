# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contingent_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from desktop.gui.widgets import DateEdit

class Ui_ContingentDialog(object):
    def setupUi(self, ContingentDialog):
        if not ContingentDialog.objectName():
            ContingentDialog.setObjectName(u"ContingentDialog")
        ContingentDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(ContingentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ContingentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setVerticalSpacing(2)
        self.flightNoLabel = QLabel(ContingentDialog)
        self.flightNoLabel.setObjectName(u"flightNoLabel")

        self.fields.addWidget(self.flightNoLabel, 0, 0, 1, 1)

        self.flightNoEdit = QLineEdit(ContingentDialog)
        self.flightNoEdit.setObjectName(u"flightNoEdit")

        self.fields.addWidget(self.flightNoEdit, 0, 1, 1, 1)

        self.flightNoMessage = QLabel(ContingentDialog)
        self.flightNoMessage.setObjectName(u"flightNoMessage")
        self.flightNoMessage.setWordWrap(True)
        self.flightNoMessage.setTextFormat(Qt.PlainText)

        self.fields.addWidget(self.flightNoMessage, 1, 1, 1, 1)

        self.carrierLabel = QLabel(ContingentDialog)
        self.carrierLabel.setObjectName(u"carrierLabel")

        self.fields.addWidget(self.carrierLabel, 2, 0, 1, 1)

        self.carrierEdit = QLineEdit(ContingentDialog)
        self.carrierEdit.setObjectName(u"carrierEdit")

        self.fields.addWidget(self.carrierEdit, 2, 1, 1, 1)

        self.carrierMessage = QLabel(ContingentDialog)
        self.carrierMessage.setObjectName(u"carrierMessage")
        self.carrierMessage.setWordWrap(True)
        self.carrierMessage.setTextFormat(Qt.PlainText)

        self.fields.addWidget(self.carrierMessage, 3, 1, 1, 1)

        self.airportLabel = QLabel(ContingentDialog)
        self.airportLabel.setObjectName(u"airportLabel")

        self.fields.addWidget(self.airportLabel, 4, 0, 1, 1)

        self.airportEdit = QLineEdit(ContingentDialog)
        self.airportEdit.setObjectName(u"airportEdit")

        self.fields.addWidget(self.airportEdit, 4, 1, 1, 1)

        self.airportMessage = QLabel(ContingentDialog)
        self.airportMessage.setObjectName(u"airportMessage")
        self.airportMessage.setWordWrap(True)
        self.airportMessage.setTextFormat(Qt.PlainText)

        self.fields.addWidget(self.airportMessage, 5, 1, 1, 1)

        self.departureDateLabel = QLabel(ContingentDialog)
        self.departureDateLabel.setObjectName(u"departureDateLabel")

        self.fields.addWidget(self.departureDateLabel, 6, 0, 1, 1)

        self.departureDateEdit = DateEdit(ContingentDialog)
        self.departureDateEdit.setObjectName(u"departureDateEdit")

        self.fields.addWidget(self.departureDateEdit, 6, 1, 1, 1)

        self.departureDateMessage = QLabel(ContingentDialog)
        self.departureDateMessage.setObjectName(u"departureDateMessage")
        self.departureDateMessage.setWordWrap(True)
        self.departureDateMessage.setTextFormat(Qt.PlainText)

        self.fields.addWidget(self.departureDateMessage, 7, 1, 1, 1)

        self.departureTimeLabel = QLabel(ContingentDialog)
        self.departureTimeLabel.setObjectName(u"departureTimeLabel")

        self.fields.addWidget(self.departureTimeLabel, 8, 0, 1, 1)

        self.departureTimeEdit = QLineEdit(ContingentDialog)
        self.departureTimeEdit.setObjectName(u"departureTimeEdit")

        self.fields.addWidget(self.departureTimeEdit, 8, 1, 1, 1)

        self.departureTimeMessage = QLabel(ContingentDialog)
        self.departureTimeMessage.setObjectName(u"departureTimeMessage")
        self.departureTimeMessage.setWordWrap(True)
        self.departureTimeMessage.setTextFormat(Qt.PlainText)

        self.fields.addWidget(self.departureTimeMessage, 9, 1, 1, 1)

        self.destinationsLabel = QLabel(ContingentDialog)
        self.destinationsLabel.setObjectName(u"destinationsLabel")

        self.fields.addWidget(self.destinationsLabel, 10, 0, 1, 1)

        self.destinationsEdit = QLineEdit(ContingentDialog)
        self.destinationsEdit.setObjectName(u"destinationsEdit")

        self.fields.addWidget(self.destinationsEdit, 10, 1, 1, 1)

        self.destinationsMessage = QLabel(ContingentDialog)
        self.destinationsMessage.setObjectName(u"destinationsMessage")
        self.destinationsMessage.setWordWrap(True)
        self.destinationsMessage.setTextFormat(Qt.PlainText)

        self.fields.addWidget(self.destinationsMessage, 11, 1, 1, 1)

        self.capacityLabel = QLabel(ContingentDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.fields.addWidget(self.capacityLabel, 12, 0, 1, 1)

        self.capacityEdit = QSpinBox(ContingentDialog)
        self.capacityEdit.setObjectName(u"capacityEdit")
        self.capacityEdit.setMinimum(1)
        self.capacityEdit.setMaximum(2000)
        self.capacityEdit.setValue(150)

        self.fields.addWidget(self.capacityEdit, 12, 1, 1, 1)

        self.capacityMessage = QLabel(ContingentDialog)
        self.capacityMessage.setObjectName(u"capacityMessage")
        self.capacityMessage.setWordWrap(True)
        self.capacityMessage.setTextFormat(Qt.PlainText)

        self.fields.addWidget(self.capacityMessage, 13, 1, 1, 1)


        self.dialogLayout.addLayout(self.fields)

        self.dialogSpacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.formMessage = QLabel(ContingentDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.formMessage)

        self.buttonBox = QDialogButtonBox(ContingentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.flightNoLabel.setBuddy(self.flightNoEdit)
        self.carrierLabel.setBuddy(self.carrierEdit)
        self.airportLabel.setBuddy(self.airportEdit)
        self.departureDateLabel.setBuddy(self.departureDateEdit)
        self.departureTimeLabel.setBuddy(self.departureTimeEdit)
        self.destinationsLabel.setBuddy(self.destinationsEdit)
        self.capacityLabel.setBuddy(self.capacityEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.flightNoEdit, self.carrierEdit)
        QWidget.setTabOrder(self.carrierEdit, self.airportEdit)
        QWidget.setTabOrder(self.airportEdit, self.departureDateEdit)
        QWidget.setTabOrder(self.departureDateEdit, self.departureTimeEdit)
        QWidget.setTabOrder(self.departureTimeEdit, self.destinationsEdit)
        QWidget.setTabOrder(self.destinationsEdit, self.capacityEdit)
        QWidget.setTabOrder(self.capacityEdit, self.buttonBox)

        self.retranslateUi(ContingentDialog)

        QMetaObject.connectSlotsByName(ContingentDialog)
    # setupUi

    def retranslateUi(self, ContingentDialog):
        ContingentDialog.setWindowTitle(QCoreApplication.translate("ContingentDialog", u"New contingent", None))
        self.flightNoLabel.setText(QCoreApplication.translate("ContingentDialog", u"&Flight no.", None))
        self.flightNoEdit.setPlaceholderText(QCoreApplication.translate("ContingentDialog", u"PK-731 or EK 613", None))
        self.carrierLabel.setText(QCoreApplication.translate("ContingentDialog", u"&Carrier", None))
        self.carrierEdit.setPlaceholderText(QCoreApplication.translate("ContingentDialog", u"Airline, e.g. Pakistan International Airlines", None))
        self.airportLabel.setText(QCoreApplication.translate("ContingentDialog", u"Departure &airport", None))
        self.airportEdit.setPlaceholderText(QCoreApplication.translate("ContingentDialog", u"IATA code, e.g. ISB", None))
        self.departureDateLabel.setText(QCoreApplication.translate("ContingentDialog", u"Departure &date", None))
        self.departureTimeLabel.setText(QCoreApplication.translate("ContingentDialog", u"Departure &time", None))
        self.departureTimeEdit.setPlaceholderText(QCoreApplication.translate("ContingentDialog", u"24-hour HH:MM, e.g. 09:30", None))
        self.destinationsLabel.setText(QCoreApplication.translate("ContingentDialog", u"D&estinations", None))
        self.destinationsEdit.setPlaceholderText(QCoreApplication.translate("ContingentDialog", u"Countries, separated by commas: Saudi Arabia, Qatar", None))
        self.capacityLabel.setText(QCoreApplication.translate("ContingentDialog", u"Ca&pacity", None))
        self.capacityEdit.setSuffix(QCoreApplication.translate("ContingentDialog", u" people", None))
    # retranslateUi

